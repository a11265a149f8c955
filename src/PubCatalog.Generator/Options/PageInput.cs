using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PubCatalog.Generator.Options
{
    /// <summary>
    /// One page to parse: the additional file (compared by reference: the compiler hands over a new instance only when
    /// the file changed), the path to show and the page's options.
    /// </summary>
    internal sealed class PageInput : IEquatable<PageInput>
    {
        private PageInput(AdditionalText file, string displayPath, PageOptions options)
        {
            File = file;
            DisplayPath = displayPath;
            Options = options;
        }

        public AdditionalText File { get; }

        public string DisplayPath { get; }

        public PageOptions Options { get; }

        public static PageInput Create(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        {
            var fileOptions = provider.GetOptions(file);
            return new PageInput(
                file,
                OptionsReader.DisplayPath(file.Path, provider.GlobalOptions, fileOptions),
                OptionsReader.ReadPageOptions(provider.GlobalOptions, fileOptions));
        }

        public bool Equals(PageInput? other) =>
            other is not null && ReferenceEquals(File, other.File) && DisplayPath == other.DisplayPath && Options.Equals(other.Options);

        public override bool Equals(object? obj) => Equals(obj as PageInput);

        public override int GetHashCode() => DisplayPath.GetHashCode() ^ Options.GetHashCode();
    }
}
