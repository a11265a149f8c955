using Microsoft.CodeAnalysis;

namespace PubCatalog.Generator.Model
{
    /// <summary>A diagnostic to report, as equatable values (descriptor id, location, message arguments).</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
            => new(descriptor.Id, location, args.ToEquatableArray());
    }
}
