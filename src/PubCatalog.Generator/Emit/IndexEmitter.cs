using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator.Catalog;
using static PubCatalog.Generator.Emit.CSharpLiteral;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Writes the catalog's main file: the queries (<c>All</c>, <c>ById</c>, <c>ByYear</c>…), the list that puts the page
    /// parts back in catalog order, and the lookups as positions. The publications themselves are in the page files
    /// (<see cref="PageEmitter"/>), so this file changes only when the order or a lookup does.
    /// </summary>
    internal static class IndexEmitter
    {
        private const string Pub = "global::PubCatalog.Publication";
        private const string ListOf = "global::System.Collections.Generic.IReadOnlyList";
        private const string DictOf = "global::System.Collections.Generic.IReadOnlyDictionary";
        private const string Catalog = "global::PubCatalog.CompilerServices.PartitionedCatalog";

        public static SourceText Emit(CatalogIndex index, EmitOptions options)
        {
            var writer = GeneratedFile.Begin(index.Namespace, options.CSharp8);
            writer.WriteLine($"/// <summary>The publication catalog: {Int(index.Count)} publications read from {Int(index.FileCount)} file{(index.FileCount == 1 ? "" : "s")} at compile time.</summary>");
            writer.WriteLine($"[global::System.CodeDom.Compiler.GeneratedCode(\"PubCatalog.Generator\", \"{ThisAssembly.Version}\")]");
            writer.OpenBlock($"public static partial class {index.ClassName}");
            WriteQueries(writer, options.CSharp8);
            WriteData(writer, index, options.CSharp8);
            WriteLookups(writer, index);
            writer.CloseBlock();
            return GeneratedFile.End(writer, index.Namespace);
        }

        private static void WriteQueries(SourceWriter writer, bool nullableAnnotations)
        {
            writer.WriteLine("/// <summary>Every publication: newest year first, then in the order written.</summary>");
            writer.WriteLine($"public static {ListOf}<{Pub}> All => Data.Items;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Publications by <see cref=\"global::PubCatalog.Publication.Id\"/>.</summary>");
            writer.WriteLine($"public static {DictOf}<string, {Pub}> ById => Lookups.ById.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Publications by year, each list in catalog order.</summary>");
            writer.WriteLine($"public static {DictOf}<int, {ListOf}<{Pub}>> ByYear => Lookups.ByYear.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Publications by author name, as written.</summary>");
            writer.WriteLine($"public static {DictOf}<string, {ListOf}<{Pub}>> ByAuthor => Lookups.ByAuthor.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Publications by tag.</summary>");
            writer.WriteLine($"public static {DictOf}<string, {ListOf}<{Pub}>> ByTag => Lookups.ByTag.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Publications by venue name and by venue acronym (<c>NSDI</c>, <c>IEEE Transactions on Networking</c>, <c>TON</c>).</summary>");
            writer.WriteLine($"public static {DictOf}<string, {ListOf}<{Pub}>> ByVenue => Lookups.ByVenue.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The years that have publications, newest first.</summary>");
            writer.WriteLine($"public static {ListOf}<int> Years => Lookups.Years.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Every author name, sorted.</summary>");
            writer.WriteLine($"public static {ListOf}<string> Authors => Lookups.Authors.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Every tag, sorted.</summary>");
            writer.WriteLine($"public static {ListOf}<string> Tags => Lookups.Tags.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Every venue (acronym when there is one, else name), sorted.</summary>");
            writer.WriteLine($"public static {ListOf}<string> Venues => Lookups.Venues.Value;");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The publication with this id, or null.</summary>");
            writer.WriteLine($"public static {Pub}{(nullableAnnotations ? "?" : "")} FindById(string id) => Data.Items.FindById(id);");
        }

        /// <summary>
        /// The catalog over the page parts: one digit per position names the part (see <c>PartitionedCatalog</c>), and a
        /// class derived from <c>PartitionedCatalog</c> whose override returns each part, a static field of the page's
        /// class (in the page files) that the runtime creates once, on first use. An override with a <c>switch</c>, not
        /// an array of delegates: at start-up the JIT compiles each delegate's creation at several times the cost of a
        /// whole small method. The switch reads each page's property (<c>_3</c>, in the page file) rather than naming the
        /// page's field: compiling a method that names a class's field loads that class, and the page classes are
        /// derived from the runtime library's, tens of microseconds each to load.
        /// The streams are written into the file in place, not made into literals and lines of their own first.
        /// </summary>
        private static void WriteData(SourceWriter writer, CatalogIndex index, bool switchExpressions)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>The catalog's data, decoded on first use.</summary>");
            writer.OpenBlock("private static class Data");
            writer.WriteLine("internal static readonly __Catalog Items = new __Catalog();");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("/// <summary>The page parts in catalog order.</summary>");
            writer.OpenBlock($"private sealed class __Catalog : {Catalog}");
            writer.StartLine().Append("internal __Catalog() : base(").AppendData(index.PartOf).Append(", ").Append(Int(index.PartItems.Count)).Append(") { }").EndLine();
            writer.WriteLine();
            writer.WriteLine($"protected override global::PubCatalog.CompilerServices.CompactCatalog CreatePart(int part) => {CSharpSwitch.Over("part", index.PartItems, switchExpressions)};");
            writer.CloseBlock();
        }

        private static void WriteLookups(SourceWriter writer, CatalogIndex index)
        {
            const string Lazy = "global::System.Lazy";
            writer.WriteLine();
            writer.WriteLine("/// <summary>The lookups, each built the first time it is read.</summary>");
            writer.OpenBlock("private static class Lookups");
            writer.WriteLine($"internal static readonly {Lazy}<{DictOf}<string, {Pub}>> ById = new {Lazy}<{DictOf}<string, {Pub}>>(() => Data.Items.CreateById());");
            writer.StartLine().Append($"internal static readonly {Lazy}<{DictOf}<int, {ListOf}<{Pub}>>> ByYear = new {Lazy}<{DictOf}<int, {ListOf}<{Pub}>>>(() => Data.Items.IntGroups(")
                .AppendData(index.ByYear).Append("));").EndLine();
            foreach (var (name, lookup) in new[] { ("ByAuthor", index.ByAuthor), ("ByTag", index.ByTag), ("ByVenue", index.ByVenue) })
            {
                writer.StartLine().Append($"internal static readonly {Lazy}<{DictOf}<string, {ListOf}<{Pub}>>> {name} = new {Lazy}<{DictOf}<string, {ListOf}<{Pub}>>>(() => Data.Items.StringGroups(")
                    .AppendData(lookup.Keys).Append(", ").AppendData(lookup.Positions).Append("));").EndLine();
            }

            writer.StartLine().Append($"internal static readonly {Lazy}<{ListOf}<int>> Years = new {Lazy}<{ListOf}<int>>(() => {Catalog}.Ints(").AppendData(index.Years).Append("));").EndLine();
            foreach (var (name, keys) in new[] { ("Authors", index.ByAuthor.Keys), ("Tags", index.ByTag.Keys), ("Venues", index.Venues) })
            {
                writer.StartLine().Append($"internal static readonly {Lazy}<{ListOf}<string>> {name} = new {Lazy}<{ListOf}<string>>(() => {Catalog}.Strings(").AppendData(keys).Append("));").EndLine();
            }

            writer.CloseBlock();
        }
    }
}
