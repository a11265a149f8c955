using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PubCatalog.Generator.Emit
{
    /// <summary>What the generated source depends on in the consuming project's parse options.</summary>
    /// <param name="WithSummaries">
    /// Whether each member gets a <c>&lt;summary&gt;</c> with its title: only when the compilation reads documentation
    /// comments (the IDE, or a build that writes an XML documentation file). A plain command-line build treats them as
    /// ordinary comments, and at 20,000 entries they would be 1.7 MB of source to scan for nothing.
    /// </param>
    /// <param name="CSharp8">
    /// Whether the consumer's language version is C# 8 or later. Then the files open with <c>#nullable enable</c> (so a
    /// nullable-aware consumer sees the catalog's annotations) and dispatch with <c>switch</c> expressions. C# 7.3, the
    /// default of a .NET Framework project (which the runtime library's netstandard2.0 build serves), rejects both with
    /// CS8370: there the files have no nullable context and no annotations, and dispatch with conditional expressions.
    /// </param>
    internal sealed record EmitOptions(bool WithSummaries, bool CSharp8)
    {
        /// <summary>A command-line build in a current language version.</summary>
        public static EmitOptions Default { get; } = new(WithSummaries: false, CSharp8: true);

        public static EmitOptions From(ParseOptions options) => new(
            WithSummaries: options.DocumentationMode != DocumentationMode.None,
            CSharp8: options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8);
    }
}
