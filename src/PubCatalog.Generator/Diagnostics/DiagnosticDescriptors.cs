using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PubCatalog.Generator.Diagnostics
{
    /// <summary>Every diagnostic the generator reports: one table, ids <c>PUB0001</c>…, each documented in docs/diagnostics.md.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "PubCatalog";
        private const string HelpBase = "https://github.com/pubcatalog/pubcatalog/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor MissingTitle = Error(
            "PUB0001", "Entry has no title", "This entry has no title: {0}");

        public static readonly DiagnosticDescriptor MissingAuthors = Error(
            "PUB0002", "Entry has no authors", "The entry '{0}' has no author line");

        public static readonly DiagnosticDescriptor InvalidLinkUrl = Error(
            "PUB0003", "Link URL is empty or not allowed", "The link '{0}' of '{1}' has {2}; use an http, https or mailto URL or a relative path");

        public static readonly DiagnosticDescriptor DuplicateId = Error(
            "PUB0004", "Two papers have the same id", "The id '{0}' is given to two different papers: '{1}' ({2}) and '{3}'");

        public static readonly DiagnosticDescriptor UnreadableFile = Error(
            "PUB0005", "Publication file cannot be read", "The publication file '{0}' cannot be read: {1}");

        public static readonly DiagnosticDescriptor MissingYear = Warning(
            "PUB0006", "Entry has no year", "The entry '{0}' has no year: add it to the venue (\"NSDI 2024\") or put the entry under a '## 2024' heading");

        public static readonly DiagnosticDescriptor Mojibake = Warning(
            "PUB0007", "Text looks double-encoded", "'{0}' looks like UTF-8 read as Windows-1252; did you mean '{1}'?");

        public static readonly DiagnosticDescriptor UnclosedComment = Warning(
            "PUB0008", "Unclosed HTML comment", "This '<!--' is never closed and hides the rest of the file ({0} lines)");

        public static readonly DiagnosticDescriptor NoEntries = Warning(
            "PUB0009", "File has no entries", "No publication entries were found in '{0}'");

        public static readonly DiagnosticDescriptor MergedDuplicate = Warning(
            "PUB0010", "Same paper listed twice", "'{0}' is also listed at {1}; the two entries were merged into one publication");

        public static readonly DiagnosticDescriptor UnknownLinkLabel = Warning(
            "PUB0011", "Unknown link label", "The link label '{0}' is not a known kind (paper, code, slides, talk, video, dataset, blog, tutorial, poster, project); it is kept as 'Other'");

        public static readonly DiagnosticDescriptor InternalError = Error(
            "PUB0012", "Publication file could not be processed", "PubCatalog could not process this file: {0}. Please report this with the file attached.");

        public static readonly DiagnosticDescriptor EntryFieldNotFound = Warning(
            "PUB0013", "Entry field not found", "This looks like a publication, but no {0} could be found in it: {1}; {2}");

        public static readonly DiagnosticDescriptor EntriesRead = new(
            "PUB0014", "Entries read from a file", "PubCatalog read {1} entries from '{0}'{2}", Category, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: HelpBase + "pub0014");

        public static readonly DiagnosticDescriptor InvalidUtf8 = Warning(
            "PUB0015", "File is not valid UTF-8", "'{0}' is not valid UTF-8 on line {1}, at byte offset {2} of that line{3}; the bad bytes were read as U+FFFD. Save the file as UTF-8.");

        public static readonly DiagnosticDescriptor MarkupTooComplex = Error(
            "PUB0016", "Markup too complex to read", "These {0} lines were not read: {1}");

        public static readonly DiagnosticDescriptor EmptyFile = Warning(
            "PUB0017", "Publication file is empty", "The publication file '{0}' is empty{1}");

        public static readonly DiagnosticDescriptor TextTooLong = Warning(
            "PUB0018", "Text too long", "This text is {0} characters long; it was cut to {1} characters: '{2}…'");

        public static readonly DiagnosticDescriptor CatalogTooLarge = Warning(
            "PUB0019", "Catalog may not fit in one assembly",
            "The catalog's {0} entries hold {1} characters of text, near the 16 MB an assembly holds for string literals: if the build fails with CS8103, add <Features>$(Features);experimental-data-section-string-literals</Features> to the project, or move some pages (this one, '{2}', has {3} entries) to a project of their own");

        /// <summary>All descriptors, by id.</summary>
        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
        {
            MissingTitle, MissingAuthors, InvalidLinkUrl, DuplicateId, UnreadableFile, MissingYear, Mojibake,
            UnclosedComment, NoEntries, MergedDuplicate, UnknownLinkLabel, InternalError, EntryFieldNotFound, EntriesRead,
            InvalidUtf8, MarkupTooComplex, EmptyFile, TextTooLong, CatalogTooLarge,
        }.ToDictionary(d => d.Id);

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
