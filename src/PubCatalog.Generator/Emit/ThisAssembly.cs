namespace PubCatalog.Generator.Emit
{
    /// <summary>The generator's version, stamped into <c>GeneratedCode</c> attributes.</summary>
    internal static class ThisAssembly
    {
        public static readonly string Version = typeof(ThisAssembly).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
    }
}
