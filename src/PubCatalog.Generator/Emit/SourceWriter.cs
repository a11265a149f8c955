using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// An indenting text writer for generated source, LF line endings whatever the platform. It writes into one flat
    /// buffer, taken from (and given back to) a per-thread spare: a page file is hundreds of kilobytes, which a builder
    /// made afresh per file would allocate in chunks and then copy out again.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;

        /// <summary>
        /// A larger buffer is not kept: one huge catalog must not pin its buffer for the compiler's lifetime. 1 M characters
        /// (2 MB) keeps the buffer of a page part of up to about 3,500 entries; at half that, the 2,000-entry parts of the
        /// 20,000-entry benchmark (about 530 K characters each) regrew their buffer for every part, 22 MB a run.
        /// </summary>
        private const int MaxSpareLength = 1 << 20;

        // A buffer not in use (a generator may run on several threads at once; a writer made while another is open gets
        // a fresh one).
        [ThreadStatic]
        private static char[]? s_spare;

        private char[] _chars;
        private int _length;
        private int _indent;

        public SourceWriter()
        {
            _chars = s_spare ?? new char[1 << 14];
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
            var spaces = _indent * IndentSize;
            Reserve(spaces);
            for (var i = 0; i < spaces; i++)
            {
                _chars[_length++] = ' ';
            }

            return this;
        }

        public SourceWriter Append(string text)
        {
            Reserve(text.Length);
            text.CopyTo(0, _chars, _length, text.Length);
            _length += text.Length;
            return this;
        }

        public SourceWriter Append(char c)
        {
            Reserve(1);
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

            Reserve(digits);
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
                Reserve(quote + 2);
                value.Slice(0, quote + 1).CopyTo(new Span<char>(_chars, _length, quote + 1));
                _length += quote + 1;
                _chars[_length++] = '"';
                value = value.Slice(quote + 1);
            }

            Reserve(value.Length);
            value.CopyTo(new Span<char>(_chars, _length, value.Length));
            _length += value.Length;
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

        public override string ToString() => new(_chars, 0, _length);

        /// <summary>The text written; the buffer goes back to be reused, and the writer is not to be used again.</summary>
        public string ToStringAndRelease()
        {
            var text = ToString();
            Release();
            return text;
        }

        /// <summary>
        /// The text written, for the compiler: one byte per character where it can be (<see cref="CompactSourceText"/>),
        /// in chunks none of which is on the large-object heap. The buffer goes back to be reused, and the writer is not to
        /// be used again.
        /// </summary>
        public SourceText ToSourceTextAndRelease()
        {
            var text = CompactSourceText.From(_chars, _length);
            Release();
            return text;
        }

        private void Release()
        {
            if (_chars.Length <= MaxSpareLength)
            {
                s_spare = _chars;
            }

            _chars = Array.Empty<char>();
            _length = 0;
        }

        private void Reserve(int count)
        {
            if (_length + count > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + count));
            }
        }
    }
}
