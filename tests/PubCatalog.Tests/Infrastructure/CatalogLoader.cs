using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PubCatalog.Tests.Infrastructure;

/// <summary>Emits a compilation that includes the generated catalog and loads it, to read the catalog back as a consumer would.</summary>
public static class CatalogLoader
{
    public static Type LoadCatalogType(Compilation compilation, string typeName = "Consumer.Publications")
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        // The runtime types come from the test's own PubCatalog.dll, so the loaded catalog's objects are our Publication.
        var context = new AssemblyLoadContext("catalog-" + Guid.NewGuid(), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return assembly.GetType(typeName, throwOnError: true)!;
    }

    public static IReadOnlyList<Publication> All(Type catalog) =>
        (IReadOnlyList<Publication>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public static T Get<T>(Type catalog, string property) =>
        (T)catalog.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
