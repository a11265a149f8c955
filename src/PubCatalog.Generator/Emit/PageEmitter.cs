using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Model;
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

        public static SourceText Emit(PagePart part, EmitOptions options)
        {
            var files = DocText(string.Join(", ", SourceFiles(part.Entries)));
            var writer = GeneratedFile.Begin(part.Namespace, options.CSharp8, "The publications of " + files + ".");
            // One short token for the type of every per-publication member: a member name never starts with '_'.
            writer.WriteLine($"using {PubAlias} = {Pub};");
            writer.WriteLine();
            writer.OpenBlock($"public static partial class {part.ClassName}");
            var entries = part.Entries.AsImmutableArray();
            WriteMembers(writer, part.ItemsName, entries, options.WithSummaries);
            // The index's switch reads this property (a method) rather than naming the field: compiling a method that names
            // a class's field loads the class, and a page's class is derived from the runtime library's, slow to load.
            writer.WriteLine($"private static {Catalog} {part.ItemsName} => {part.DataClassName}.Catalog;");
            writer.WriteLine();
            WriteData(writer, part.DataClassName, entries, part.PackData, options.CSharp8);
            writer.CloseBlock();
            return GeneratedFile.End(writer, part.Namespace);
        }

        /// <summary>
        /// The files the part's entries come from, each once, in the order met. A loop, not <c>Select(…).Distinct()</c>: a
        /// part's entries mostly come from one file, and the set and enumerators LINQ makes for every entry cost more than
        /// the comparison with the file met last.
        /// </summary>
        private static List<string> SourceFiles(EquatableArray<CatalogEntry> entries)
        {
            var files = new List<string>(1);
            string? last = null;
            for (var i = 0; i < entries.Count; i++)
            {
                var file = entries[i].SourceFile;
                if (!ReferenceEquals(file, last) && !files.Contains(file))
                {
                    files.Add(file);
                }

                last = file;
            }

            return files;
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
        /// The page's data: a class derived from <c>PubCatalog.CompilerServices.CompactCatalog</c>, its one instance in a
        /// static field, and the runtime library reaches the blocks through two overrides, each a <c>switch</c>. What
        /// start-up measurements chose (docs/performance-history.md, rounds 2 to 5):
        /// <list type="bullet">
        /// <item>Each packed block is a string literal returned by a method of its own: the JIT materializes every string
        /// literal of a method it compiles, several nanoseconds per character.</item>
        /// <item>Each block's publications are a static field of a class of its own, which the runtime initializes exactly
        /// once: every reader gets the same objects with no <c>Interlocked</c>, whose facade assembly was a fifth of a
        /// small app's first read.</item>
        /// <item>Those classes have explicit static constructors, so one is initialized when its field is first read,
        /// never when the JIT compiles a method that names it.</item>
        /// <item>The switch calls a method per block (<c>Items3()</c>) rather than naming the block's class: compiling a
        /// method that names a class loads it, and a page of 2,000 entries has 32 blocks.</item>
        /// <item>Overrides rather than delegates: the JIT compiles a delegate's creation at several times the cost of a
        /// small method.</item>
        /// </list>
        /// </summary>
        private static void WriteData(SourceWriter writer, string className, IReadOnlyList<CatalogEntry> entries, bool pack, bool switchExpressions)
        {
            var data = CompactData.For(entries);
            writer.WriteLine("/// <summary>The data of one page, each block decoded the first time one of its publications is read.</summary>");
            writer.OpenBlock($"private sealed class {className} : {Catalog}");
            var blocks = Enumerable.Range(0, data.BlockCount).ToList();
            writer.WriteLine($"protected override {Pub}[] Block(int block) => {CSharpSwitch.Over("block", blocks.Select(b => ItemsMethod(b) + "()"), switchExpressions)};");
            writer.WriteLine();
            writer.WriteLine($"protected override string PackedBlock(int block) => {CSharpSwitch.Over("block", blocks.Select(b => TextMethod(b) + "()"), switchExpressions)};");
            foreach (var b in blocks)
            {
                writer.WriteLine();
                writer.StartLine().Append("private static string ").Append(TextMethod(b)).Append("() => ");
                if (pack)
                {
                    var length = data.PackBlock(b, pack: true, out var packed);
                    writer.AppendData(new System.ReadOnlySpan<char>(packed, 0, length));
                }
                else
                {
                    data.WriteStoredBlock(b, writer);
                }

                writer.Append(";").EndLine();
                writer.WriteLine();
                writer.WriteLine($"private static {Pub}[] {ItemsMethod(b)}() => {BlockClass(b)}.Items;");
                writer.WriteLine();
                writer.WriteLine($"private static class {BlockClass(b)} {{ internal static readonly {Pub}[] Items = Catalog.Decode({Int(b)}, {TextMethod(b)}()); static {BlockClass(b)}() {{ }} }}");
            }

            // The lists the blocks number their files and kinds by, complete once every block is written: the constructor
            // comes last, so the entries are read once, as their blocks are written.
            writer.WriteLine();
            writer.WriteLine($"internal static readonly {className} Catalog = new {className}();");
            writer.WriteLine();
            writer.WriteLine($"static {className}() {{ }}");
            writer.WriteLine();
            writer.WriteLine($"private {className}() : base({Int(entries.Count)},");
            writer.WriteLine($"    new string[] {{ {string.Join(", ", data.Files.Select(f => String(f)))} }},");
            writer.WriteLine($"    new global::PubCatalog.VenueKind[] {{ {string.Join(", ", data.VenueKinds.Select(k => "global::PubCatalog.VenueKind." + k))} }},");
            writer.WriteLine($"    new global::PubCatalog.LinkKind[] {{ {string.Join(", ", data.LinkKinds.Select(k => "global::PubCatalog.LinkKind." + k))} }}) {{ }}");
            writer.CloseBlock();
        }

        /// <summary>A block's text method in the page class (<c>Text0</c>).</summary>
        private static string TextMethod(int block) => "Text" + Int(block);

        /// <summary>The method that reads a block's publications (<c>Items0</c>).</summary>
        private static string ItemsMethod(int block) => "Items" + Int(block);

        /// <summary>The class holding a block's publications (<c>Block0</c>).</summary>
        private static string BlockClass(int block) => "Block" + Int(block);
    }
}
