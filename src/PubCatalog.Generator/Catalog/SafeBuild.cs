using System;
using System.Collections.Immutable;
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
        public static CatalogResult Catalog(ImmutableArray<FileParseResult> files, CatalogOptions options)
        {
            try
            {
                return CatalogBuilder.Build(files, options);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var model = new CatalogModel(options.ClassName, options.Namespace, files.Length, EquatableArray<CatalogEntry>.Empty);
                var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, exception.GetType().Name + ": " + exception.Message);
                return new CatalogResult(model, new[] { diagnostic }.ToEquatableArray());
            }
        }

        public static string Emit(CatalogModel model)
        {
            try
            {
                return CatalogEmitter.Emit(model);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The diagnostics output is separate: say it in the source, and emit the empty catalog.
                return "// PubCatalog could not write the catalog: " + CSharpLiteral.DocText(exception.GetType().Name) + "\n"
                    + CatalogEmitter.Emit(model with { Entries = EquatableArray<CatalogEntry>.Empty });
            }
        }
    }
}
