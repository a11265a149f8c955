using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Options
{
    /// <summary>Reads the MSBuild properties and per-file <c>AdditionalFiles</c> metadata the build props make visible.</summary>
    internal static class OptionsReader
    {
        public static CatalogOptions ReadCatalogOptions(AnalyzerConfigOptions global)
        {
            var className = Get(global, "build_property.PubCatalogClassName");
            var ns = Get(global, "build_property.PubCatalogNamespace") ?? Get(global, "build_property.RootNamespace");
            var pack = Get(global, "build_property.PubCatalogPackData");
            return new CatalogOptions(
                className is not null && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(className) ? className : CatalogOptions.DefaultClassName,
                ns is not null && IsValidNamespace(ns) ? ns : null,
                pack is not null && bool.TryParse(pack, out var packed) ? packed : null);
        }

        /// <summary>Whether the compilation keeps long string literals in the data section (<c>&lt;Features&gt;</c>), out of the 16 MB string heap.</summary>
        public static bool KeepsLiteralsInDataSection(ParseOptions options) =>
            options.Features.ContainsKey(Catalog.AssemblyStringLimit.DataSectionFeature);

        /// <summary>
        /// Which additional files are ours: <c>.md</c> and <c>.markdown</c> files, or any file marked
        /// <c>PubCatalog="true"</c>; <c>PubCatalog="false"</c> opts a file out.
        /// </summary>
        public static bool IsSelected(string path, AnalyzerConfigOptions file)
        {
            var flag = Get(file, "build_metadata.AdditionalFiles.PubCatalog");
            if (flag is not null && bool.TryParse(flag, out var selected))
            {
                return selected;
            }

            var extension = Path.GetExtension(path);
            return string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase)
                || string.Equals(extension, ".markdown", StringComparison.OrdinalIgnoreCase);
        }

        public static PageOptions ReadPageOptions(AnalyzerConfigOptions global, AnalyzerConfigOptions file)
        {
            var self = Get(file, "build_metadata.AdditionalFiles.PubCatalogSelf") ?? Get(global, "build_property.PubCatalogSelf");
            var repair = Get(file, "build_metadata.AdditionalFiles.PubCatalogRepairMojibake") ?? Get(global, "build_property.PubCatalogRepairMojibake");
            var noWarn = Get(file, "build_metadata.AdditionalFiles.PubCatalogNoWarn");
            var names = (self ?? "").Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).Where(n => n.Length > 0);
            var silenced = (noWarn ?? "").Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim().ToUpperInvariant())
                .Distinct().OrderBy(n => n, StringComparer.Ordinal);
            return new PageOptions(names.ToEquatableArray(), string.Equals(repair, "true", StringComparison.OrdinalIgnoreCase), silenced.ToEquatableArray());
        }

        /// <summary>
        /// The path shown in the catalog: the item's <c>Link</c> when it has one, else the path relative to the
        /// project, with forward slashes, so output does not depend on the machine.
        /// </summary>
        public static string DisplayPath(string path, AnalyzerConfigOptions global, AnalyzerConfigOptions file)
        {
            var link = Get(file, "build_metadata.AdditionalFiles.Link");
            return link is not null ? link.Replace('\\', '/') : DisplayPath(path, Get(global, "build_property.ProjectDir") ?? Get(global, "build_property.MSBuildProjectDirectory"));
        }

        public static string DisplayPath(string path, string? projectDirectory)
        {
            var display = path;
            if (!string.IsNullOrEmpty(projectDirectory))
            {
                var root = projectDirectory!.Replace('\\', '/').TrimEnd('/') + "/";
                var normalized = path.Replace('\\', '/');
                if (normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase))
                {
                    display = normalized.Substring(root.Length);
                }
            }

            return display.Replace('\\', '/');
        }

        private static bool IsValidNamespace(string ns) =>
            ns.Split('.').All(part => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part));

        private static string? Get(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
