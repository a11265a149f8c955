using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PubCatalog.Text
{
    /// <summary>
    /// A small JSON writer (no System.Text.Json on netstandard2.0). Strings are escaped per RFC 8259, and
    /// <c>&lt; &gt; &amp; '</c> as <c>\u003c</c> … so the output is also safe inside an HTML <c>&lt;script&gt;</c> element.
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly Stack<bool> _hasItems = new Stack<bool>();
        private readonly bool _indented;
        private bool _afterName;

        public JsonWriter(bool indented) => _indented = indented;

        public JsonWriter BeginObject() => Open('{');

        public JsonWriter EndObject() => Close('}');

        public JsonWriter BeginArray() => Open('[');

        public JsonWriter EndArray() => Close(']');

        public JsonWriter Name(string name)
        {
            Separate();
            AppendString(_text, name);
            _text.Append(_indented ? ": " : ":");
            _afterName = true;
            return this;
        }

        public JsonWriter String(string value)
        {
            Separate();
            AppendString(_text, value);
            return this;
        }

        public JsonWriter Number(int value)
        {
            Separate();
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        /// <summary>Writes <c>"name": "value"</c>, or nothing when the value is null or empty.</summary>
        public JsonWriter OptionalString(string name, string? value) =>
            string.IsNullOrEmpty(value) ? this : Name(name).String(value!);

        /// <summary>Writes <c>"name": ["a", "b"]</c>, or nothing when the list is empty.</summary>
        public JsonWriter OptionalStrings(string name, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return this;
            }

            Name(name).BeginArray();
            foreach (var value in values)
            {
                String(value);
            }

            return EndArray();
        }

        public override string ToString() => _text.ToString();

        private JsonWriter Open(char bracket)
        {
            Separate();
            _text.Append(bracket);
            _hasItems.Push(false);
            return this;
        }

        private JsonWriter Close(char bracket)
        {
            var hadItems = _hasItems.Pop();
            if (hadItems)
            {
                NewLine();
            }

            _text.Append(bracket);
            return this;
        }

        private void Separate()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItems.Count == 0)
            {
                return;
            }

            if (_hasItems.Pop())
            {
                _text.Append(',');
            }

            _hasItems.Push(true);
            NewLine();
        }

        private void NewLine()
        {
            if (_indented)
            {
                _text.Append('\n').Append(' ', 2 * _hasItems.Count);
            }
        }

        /// <summary>Appends <paramref name="value"/> as a quoted JSON string.</summary>
        public static void AppendString(StringBuilder text, string value)
        {
            text.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\b': text.Append("\\b"); break;
                    case '\f': text.Append("\\f"); break;
                    case '<':
                    case '>':
                    case '&':
                    case '\'':
                    case '\u2028':
                    case '\u2029':
                        AppendEscape(text, c);
                        break;
                    default:
                        if (c < 0x20)
                        {
                            AppendEscape(text, c);
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            text.Append(c).Append(value[++i]);
                        }
                        else if (char.IsSurrogate(c))
                        {
                            text.Append("\\ufffd"); // a lone surrogate is not text: replace it
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }

        private static void AppendEscape(StringBuilder text, char c) =>
            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
