using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Catalog;
using static PubCatalog.Generator.Emit.CSharpLiteral;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Writes one page part: the page's publications as properties of the catalog class and their data as a nested
    /// <c>CompactCatalog</c>, decoded on first use. A file of its own per page, so an edit re-emits only its page.
    /// </summary>
    internal static class PageEmitter
    {
        private const string Pub = "global::PubCatalog.Publication";

        /// <summary>
        /// The alias the per-publication members use for <see cref="Pub"/> (declared in the generated file only). Member
        /// names never start with an underscore, so it cannot collide.
        /// </summary>
        private const string PubAlias = "_P";
        private const string Catalog = "global::PubCatalog.CompilerServices.CompactCatalog";

        /// <summary>The generated file's hint name, unique per part.</summary>
        public static string HintName(PagePart part) => "PubCatalog." + part.Key + ".g.cs";

        /// <param name="withSummaries">
        /// Whether each member gets a <c>&lt;summary&gt;</c> with its title: only when the compilation reads documentation
        /// comments (the IDE, or a build that writes an XML documentation file). A plain command-line build treats them
        /// as ordinary comments, and at 20,000 entries they would be 1.7 MB of source to scan for nothing.
        /// </param>
        public static string Emit(PagePart part, bool withSummaries)
        {
            var files = DocText(string.Join(", ", part.Entries.Select(e => e.SourceFile).Distinct()));
            var writer = GeneratedFile.Begin(part.Namespace, "The publications of " + files + ".");
            // One short token for the type of every per-publication member: a member name never starts with '_'.
            writer.WriteLine($"using {PubAlias} = {Pub};");
            writer.WriteLine();
            writer.OpenBlock($"public static partial class {part.ClassName}");
            var entries = part.Entries.AsImmutableArray();
            WriteMembers(writer, part.ItemsName, entries, withSummaries);
            writer.WriteLine($"private static {Catalog} {part.ItemsName} => Data.Items.Part({Int(part.Number)});");
            writer.WriteLine();
            WriteData(writer, part.FactoryName, entries);
            writer.CloseBlock();
            return GeneratedFile.End(writer, part.Namespace);
        }

        /// <summary>
        /// One property per publication, as cheap as possible for the compiler to parse: a one-line summary with the
        /// title (what IntelliSense shows) and an expression body of a few tokens, with short generated names
        /// (<c>public static _P Title2024 => _3[17];</c>). The lines are not indented: at 20,000 entries indentation
        /// alone would be 300 KB of source, and the long names 440 KB.
        /// </summary>
        private static void WriteMembers(SourceWriter writer, string itemsName, IReadOnlyList<CatalogEntry> entries, bool withSummaries)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (withSummaries)
                {
                    writer.Append("/// <summary>").AppendDocText(entry.Publication.Title).Append("</summary>\n");
                }

                writer.Append("public static ")
                    .Append(PubAlias).Append(" ").Append(entry.MemberName).Append(" => ").Append(itemsName).Append('[').Append(i).Append("];\n");
            }

            writer.WriteLine();
        }

        /// <summary>
        /// The page's data (<c>PubCatalog.CompilerServices.CompactCatalog</c>), created by a method of the catalog class
        /// that the index calls the first time the page is read. Each packed block is a string literal returned by a
        /// method of its own: the JIT materializes every string literal of a method it compiles (several nanoseconds per
        /// character), so a start-up that reads one entry must not compile a method holding the literals of other
        /// blocks. The blocks are passed as delegates, so no <c>switch</c> over them is compiled either.
        /// </summary>
        private static void WriteData(SourceWriter writer, string factoryName, IReadOnlyList<CatalogEntry> entries)
        {
            var data = CompactData.Encode(entries);
            writer.WriteLine("/// <summary>The data of one page, decoded on first use.</summary>");
            writer.WriteLine($"private static {Catalog} {factoryName}() => new {Catalog}({Int(entries.Count)},");
            writer.WriteLine($"    new global::System.Func<string>[] {{ {string.Join(", ", Enumerable.Range(0, data.Blocks.Count).Select(i => BlockName(factoryName, i)))} }},");
            writer.WriteLine($"    new string[] {{ {string.Join(", ", data.Files.Select(f => String(f)))} }},");
            writer.WriteLine($"    new global::PubCatalog.VenueKind[] {{ {string.Join(", ", data.VenueKinds.Select(k => "global::PubCatalog.VenueKind." + k))} }},");
            writer.WriteLine($"    new global::PubCatalog.LinkKind[] {{ {string.Join(", ", data.LinkKinds.Select(k => "global::PubCatalog.LinkKind." + k))} }});");
            writer.WriteLine();
            for (var i = 0; i < data.Blocks.Count; i++)
            {
                writer.StartLine().Append("private static string ").Append(BlockName(factoryName, i)).Append("() => ").AppendData(data.Blocks[i]).Append(";").EndLine();
            }
        }

        /// <summary>A block's method (<c>__Page3Block0</c>).</summary>
        private static string BlockName(string factoryName, int block) => factoryName + "Block" + Int(block);
    }
}
