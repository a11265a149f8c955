using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// An indenting text writer for generated source, LF line endings whatever the platform. It writes into a window of
    /// one chunk of <see cref="CompactSourceText"/> (a per-thread spare), and each window filled becomes a chunk of the
    /// text at once (<see cref="CompactSourceText.Chunk"/>), one byte per character where it can be, while it is still in
    /// the processor's cache: a page file is hundreds of kilobytes, which a flat buffer held whole, only to be copied into
    /// chunks at the end (2 MB written and read again a run at 2,000 entries, and 2 MB kept per thread).
    /// </summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;

        private const int WindowSize = CompactSourceText.CharactersPerChunk;

        // Indentation, written a piece at a time.
        private const string Spaces = "                                ";

        // A window not in use (a generator may run on several threads at once; a writer made while another is open gets
        // a fresh one).
        [ThreadStatic]
        private static char[]? s_spare;

        // The chunks filled so far, each WindowSize characters; then the window, _length characters of it written.
        private readonly List<object> _chunks = new();
        private char[] _chars;
        private int _length;
        private int _indent;

        public SourceWriter()
        {
            _chars = s_spare ?? new char[WindowSize];
            s_spare = null;
        }

        public int Indentation => _indent;

        public SourceWriter OpenBlock(string line)
        {
            WriteLine(line);
            WriteLine("{");
            _indent++;
            return this;
        }

        public SourceWriter CloseBlock(string suffix = "")
        {
            _indent--;
            StartLine();
            Append('}').Append(suffix);
            return EndLine();
        }

        public SourceWriter WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                StartLine();
                Append(line);
            }

            return EndLine();
        }

        /// <summary>Starts a line and leaves it open for <see cref="Append(string)"/>.</summary>
        public SourceWriter StartLine()
        {
            for (var spaces = _indent * IndentSize; spaces > 0; spaces -= Spaces.Length)
            {
                Write(Spaces.AsSpan(0, Math.Min(spaces, Spaces.Length)));
            }

            return this;
        }

        public SourceWriter Append(string text)
        {
            Write(text.AsSpan());
            return this;
        }

        public SourceWriter Append(char c)
        {
            if (_length == WindowSize)
            {
                Flush();
            }

            _chars[_length++] = c;
            return this;
        }

        /// <summary>A non-negative number in decimal digits (as <see cref="CSharpLiteral.Int"/> would write it).</summary>
        public SourceWriter Append(int value)
        {
            if (value < 0)
            {
                return Append(value.ToString(CultureInfo.InvariantCulture));
            }

            var digits = 1;
            for (var rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            if (_length + digits > WindowSize)
            {
                // Across the window's end (rare): the digits go on the way any text does.
                Span<char> across = stackalloc char[digits];
                for (var at = digits - 1; at >= 0; at--)
                {
                    across[at] = (char)('0' + (value % 10));
                    value /= 10;
                }

                Write(across);
                return this;
            }

            for (var at = _length + digits - 1; at >= _length; at--)
            {
                _chars[at] = (char)('0' + (value % 10));
                value /= 10;
            }

            _length += digits;
            return this;
        }

        /// <inheritdoc cref="AppendData(ReadOnlySpan{char})"/>
        public SourceWriter AppendData(string value) => AppendData(value.AsSpan());

        /// <summary>
        /// A literal for bulk data, written in place: verbatim (<c>@"…"</c>, only quotes doubled) when every character may
        /// stand raw, which the compiler scans about 40% faster than a regular literal; otherwise
        /// <see cref="CSharpLiteral.String"/>, so a character it would escape (a control, bidi control, line break or lone
        /// surrogate) is never written raw. Takes characters not in a string too: a packed block goes straight from the
        /// packer's buffer, with no string made of it only to be copied here.
        /// </summary>
        public SourceWriter AppendData(ReadOnlySpan<char> value)
        {
            if (!CSharpLiteral.CanBeVerbatim(value))
            {
                // Rare (a control or bidi character, a lone surrogate): the one escaping routine, on a string of it.
                return Append(CSharpLiteral.String(value.ToString()));
            }

            return OpenVerbatim().AppendVerbatim(value).CloseVerbatim();
        }

        /// <summary>Opens a verbatim literal (<c>@"</c>) for data written in pieces (<see cref="AppendVerbatim"/>).</summary>
        public SourceWriter OpenVerbatim() => Append('@').Append('"');

        /// <summary>
        /// A piece of an open verbatim literal, its quotes doubled: only for characters <see cref="CSharpLiteral.CanBeVerbatim(ReadOnlySpan{char})"/>
        /// allows, which the caller has checked.
        /// </summary>
        public SourceWriter AppendVerbatim(ReadOnlySpan<char> value)
        {
            for (var quote = value.IndexOf('"'); quote >= 0; quote = value.IndexOf('"'))
            {
                Write(value.Slice(0, quote + 1));
                Append('"');
                value = value.Slice(quote + 1);
            }

            Write(value);
            return this;
        }

        /// <summary>Closes the literal <see cref="OpenVerbatim"/> opened.</summary>
        public SourceWriter CloseVerbatim() => Append('"');

        /// <summary>Text for an XML doc comment (<see cref="CSharpLiteral.DocText"/>), in place when nothing in it needs escaping.</summary>
        public SourceWriter AppendDocText(string value)
        {
            foreach (var c in value)
            {
                if (c < ' ' || c >= '\u007F' || c == '&' || c == '<' || c == '>')
                {
                    return Append(CSharpLiteral.DocText(value));
                }
            }

            return Append(value);
        }

        public SourceWriter EndLine() => Append('\n');

        /// <summary>The text written so far.</summary>
        public override string ToString() =>
            _chunks.Count == 0 ? new string(_chars, 0, _length) : CompactSourceText.Of(Chunks(), Written).ToString();

        /// <summary>The text written; the window goes back to be reused, and the writer is not to be used again.</summary>
        public string ToStringAndRelease()
        {
            var text = ToString();
            Release();
            return text;
        }

        /// <summary>
        /// The text written, for the compiler (<see cref="CompactSourceText"/>). The window goes back to be reused, and the
        /// writer is not to be used again.
        /// </summary>
        public SourceText ToSourceTextAndRelease()
        {
            var text = CompactSourceText.Of(Chunks(), Written);
            Release();
            return text;
        }

        private int Written => (_chunks.Count * WindowSize) + _length;

        /// <summary>The chunks filled, then the window's characters as the last one.</summary>
        private object[] Chunks()
        {
            var chunks = new object[_chunks.Count + (_length > 0 ? 1 : 0)];
            _chunks.CopyTo(chunks);
            if (_length > 0)
            {
                chunks[chunks.Length - 1] = CompactSourceText.Chunk(new ReadOnlySpan<char>(_chars, 0, _length));
            }

            return chunks;
        }

        /// <summary>The characters, across as many windows as they fill.</summary>
        private void Write(ReadOnlySpan<char> value)
        {
            while (value.Length > 0)
            {
                if (_length == WindowSize)
                {
                    Flush();
                }

                var count = Math.Min(value.Length, WindowSize - _length);
                value.Slice(0, count).CopyTo(new Span<char>(_chars, _length, count));
                _length += count;
                value = value.Slice(count);
            }
        }

        /// <summary>The window, full (the text's chunks are all of its size but the last), becomes a chunk; the next characters start a new one.</summary>
        private void Flush()
        {
            _chunks.Add(CompactSourceText.Chunk(new ReadOnlySpan<char>(_chars, 0, _length)));
            _length = 0;
        }

        private void Release()
        {
            s_spare = _chars;
            _chars = Array.Empty<char>();
            _chunks.Clear();
            _length = 0;
        }
    }
}
