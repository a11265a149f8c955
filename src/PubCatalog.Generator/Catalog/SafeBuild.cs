using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Emit;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The last line of defence behind the parser's own (which never throws): should combining or emitting ever fail,
    /// the build gets PUB0012 and an empty catalog that compiles, never the compiler's "generator failed" warning and
    /// no catalog class at all.
    /// </summary>
    internal static class SafeBuild
    {
        /// <summary>The file's entry keys; should working them out fail, the file's entries are dropped and PUB0012 says why.</summary>
        public static PreparedFile Prepare(FileParseResult file)
        {
            try
            {
                return PreparedFile.Create(file);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, exception.GetType().Name + ": " + exception.Message);
                var empty = file with
                {
                    Publications = EquatableArray<PublicationModel>.Empty,
                    Diagnostics = file.Diagnostics.Concat(new[] { diagnostic }).ToEquatableArray(),
                };
                return PreparedFile.Empty(empty);
            }
        }

        public static CatalogResult Catalog(ImmutableArray<PreparedFile> files, CatalogOptions options)
        {
            try
            {
                return CatalogBuilder.Build(files, options);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var model = new CatalogModel(options.ClassName, options.Namespace, files.Length, EquatableArray<CatalogEntry>.Empty, PackPageData: false);
                var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, exception.GetType().Name + ": " + exception.Message);
                return new CatalogResult(model, new[] { diagnostic }.ToEquatableArray());
            }
        }

        /// <summary>The index (made from <see cref="IndexInput"/>); should it fail, an empty one with the failure, to report.</summary>
        public static CatalogIndex Index(IndexInput input)
        {
            try
            {
                return CatalogPartitioner.Index(input.Model);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return FailedIndex(input.Model, exception);
            }
        }

        /// <summary>
        /// The page parts alone; should cutting them fail, none, and the failure, for the index to be written empty with it
        /// (it names the parts, which would then be missing).
        /// </summary>
        public static CatalogPages Pages(CatalogModel model)
        {
            try
            {
                return new CatalogPages(CatalogPartitioner.Pages(model), null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new CatalogPages(EquatableArray<PagePart>.Empty, exception.GetType().Name + ": " + exception.Message);
            }
        }

        /// <summary>The index to emit: <paramref name="index"/>, or, when cutting the pages failed, an empty one with that failure.</summary>
        public static CatalogIndex IndexToEmit(CatalogIndex index, string? pagesFailure) =>
            pagesFailure is null || index.Failure is not null ? index : Empty(index) with { Failure = pagesFailure };

        private static CatalogIndex FailedIndex(CatalogModel model, Exception exception)
        {
            var empty = model with { Entries = EquatableArray<CatalogEntry>.Empty };
            return CatalogPartitioner.Index(empty) with { Failure = exception.GetType().Name + ": " + exception.Message };
        }

        public static SourceText EmitIndex(CatalogIndex index, EmitOptions options)
        {
            try
            {
                return IndexEmitter.Emit(index, options);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The diagnostics output is separate: say it in the source, and emit the empty catalog.
                return SourceText.From("// PubCatalog could not write the catalog: " + CSharpLiteral.DocText(exception.GetType().Name) + "\n"
                    + IndexEmitter.Emit(Empty(index), options), Encoding.UTF8);
            }
        }

        public static SourceText EmitPage(PagePart part, EmitOptions options)
        {
            try
            {
                return PageEmitter.Emit(part, options);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The index still names this part's class: write it empty, so the catalog compiles.
                return SourceText.From("// PubCatalog could not write this page: " + CSharpLiteral.DocText(exception.GetType().Name) + "\n"
                    + PageEmitter.Emit(part with { Entries = EquatableArray<CatalogEntry>.Empty }, options), Encoding.UTF8);
            }
        }

        private static CatalogIndex Empty(CatalogIndex index) => new(index.ClassName, index.Namespace, index.FileCount, 0,
            EquatableArray<string>.Empty, "", "0", "0", StringLookup.Empty, StringLookup.Empty, StringLookup.Empty, "0")
        {
            Failure = index.Failure,
        };
    }
}
