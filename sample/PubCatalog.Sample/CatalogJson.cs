using System.Text.Json;

namespace PubCatalog.Sample;

/// <summary>How the catalog is serialized: camelCase names; the enums serialize as strings by their own attribute.</summary>
public static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
