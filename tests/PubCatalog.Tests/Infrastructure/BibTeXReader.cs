using System.Text;

namespace PubCatalog.Tests.Infrastructure;

/// <summary>One entry read back from a .bib file: type, key and fields (names lowercase, values as written).</summary>
public sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>A field's value with the LaTeX escapes our writer uses undone and the protecting braces removed.</summary>
    public string Text(string field) => BibTeXReader.Unescape(Fields[field]);
}

/// <summary>
/// A small, strict BibTeX reader for the round-trip tests: <c>@type{key, name = {value} | "value" | 123, …}</c>
/// with nested braces. It throws on anything malformed, so an entry that reads back is well-formed.
/// </summary>
public static class BibTeXReader
{
    public static IReadOnlyList<BibEntry> Read(string text)
    {
        var entries = new List<BibEntry>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && text[i] != '@')
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    throw new FormatException($"Text outside an entry at {i}: '{text[i]}'");
                }

                i++;
            }

            if (i >= text.Length)
            {
                return entries;
            }

            i++;
            var type = Identifier(text, ref i).ToLowerInvariant();
            Expect(text, ref i, '{');
            var key = Identifier(text, ref i);
            var fields = new Dictionary<string, string>();
            while (true)
            {
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    i++;
                    break;
                }

                Expect(text, ref i, ',');
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    i++;
                    break;
                }

                var name = Identifier(text, ref i).ToLowerInvariant();
                Expect(text, ref i, '=');
                SkipSpace(text, ref i);
                var value = text[i] switch
                {
                    '{' => Braced(text, ref i),
                    '"' => Quoted(text, ref i),
                    _ => Identifier(text, ref i),
                };
                if (!fields.TryAdd(name, value))
                {
                    throw new FormatException($"Field '{name}' twice in '{key}'");
                }
            }

            entries.Add(new BibEntry(type, key, fields));
        }
    }

    /// <summary>Undoes <c>LaTeX.Escape</c> and removes grouping braces.</summary>
    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                foreach (var (command, result) in new[] { ("\\textbackslash{}", "\\"), ("\\textasciitilde{}", "~"), ("\\textasciicircum{}", "^") })
                {
                    if (string.CompareOrdinal(value, i, command, 0, command.Length) == 0)
                    {
                        text.Append(result);
                        i += command.Length - 1;
                        goto next;
                    }
                }

                var escaped = value[++i];
                if ("{}$&%#_".IndexOf(escaped) < 0)
                {
                    throw new FormatException($"Unknown escape \\{escaped} in '{value}'");
                }

                text.Append(escaped);
            }
            else if (c is not ('{' or '}'))
            {
                text.Append(c);
            }

        next:;
        }

        return text.ToString();
    }

    private static string Braced(string text, ref int i)
    {
        var start = ++i;
        var depth = 1;
        for (; depth > 0; i++)
        {
            if (i >= text.Length)
            {
                throw new FormatException("Unbalanced braces");
            }

            if (text[i] == '\\')
            {
                i++; // an escaped brace does not count
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}')
            {
                depth--;
            }
        }

        return text[start..(i - 1)];
    }

    private static string Quoted(string text, ref int i)
    {
        var start = ++i;
        while (text[i] != '"')
        {
            i++;
        }

        return text[start..i++];
    }

    private static string Identifier(string text, ref int i)
    {
        SkipSpace(text, ref i);
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || "-_:.+/".Contains(text[i])))
        {
            i++;
        }

        if (i == start)
        {
            throw new FormatException($"Identifier expected at {i}: '{text[i..Math.Min(text.Length, i + 20)]}'");
        }

        return text[start..i];
    }

    private static void Expect(string text, ref int i, char c)
    {
        SkipSpace(text, ref i);
        if (text[i] != c)
        {
            throw new FormatException($"'{c}' expected at {i}, found '{text[i]}'");
        }

        i++;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
