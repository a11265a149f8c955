using System.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>An indenting text writer for generated source, LF line endings whatever the platform.</summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;
        private readonly StringBuilder _builder = new();
        private int _indent;

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
            WriteLine("}" + suffix);
            return this;
        }

        public SourceWriter WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * IndentSize);
                _builder.Append(line);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>Starts a line and leaves it open for <see cref="Append(string)"/>.</summary>
        public SourceWriter StartLine()
        {
            _builder.Append(' ', _indent * IndentSize);
            return this;
        }

        public SourceWriter Append(string text)
        {
            _builder.Append(text);
            return this;
        }

        /// <summary>A bulk-data literal (<see cref="CSharpLiteral.Data"/>), written in place.</summary>
        public SourceWriter AppendData(string value)
        {
            CSharpLiteral.AppendData(_builder, value);
            return this;
        }

        public SourceWriter EndLine()
        {
            _builder.Append('\n');
            return this;
        }

        public override string ToString() => _builder.ToString();
    }
}
