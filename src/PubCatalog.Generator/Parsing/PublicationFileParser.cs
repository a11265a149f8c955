using System;
using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>Parses one publication page into entries and diagnostics. Never throws.</summary>
    internal static class PublicationFileParser
    {
        private static readonly IEntryReader[] Readers = { new CitationEntryReader(), new StackedEntryReader(), new AnnotationReader() };

        /// <param name="filePath">The path as the compiler has it (used for diagnostics).</param>
        /// <param name="displayPath">The path shown in the catalog (relative to the project when possible).</param>
        /// <param name="text">The file's text, or null when it could not be read.</param>
        public static FileParseResult Parse(string filePath, string displayPath, string? text, PageOptions options) =>
            Parse(filePath, displayPath, text, options, readDirect: true);

        /// <param name="readDirect">Whether <see cref="DirectStackedReader"/> reads the paragraphs it takes (off, for the tests that compare the two ways).</param>
        internal static FileParseResult Parse(string filePath, string displayPath, string? text, PageOptions options, bool readDirect)
        {
            var context = new ParseContext(filePath, options);
            var entries = new List<PublicationModel>();
            try
            {
                if (text is null)
                {
                    context.Report(DiagnosticDescriptors.UnreadableFile, context.At(0, 0), displayPath, "the file does not exist or cannot be opened");
                }
                else if (new SourceLines(text) is var source && LooksBinary(source.Text))
                {
                    // Judged on the normalized text, so a BOM or CRLF cannot tip a short file either way.
                    context.Report(DiagnosticDescriptors.UnreadableFile, context.At(0, 0), displayPath, "it is not a text file");
                }
                else
                {
                    TextChecks.CheckUtf8(text, displayPath, context);
                    if (!string.IsNullOrWhiteSpace(source.Text))
                    {
                        // Front matter alone can be the entry (one file per paper): read before calling a file empty.
                        ParseText(source, context, entries, readDirect);
                    }

                    if (entries.Count == 0 && !TextChecks.CheckEmpty(source, displayPath, context)
                        && !context.Diagnostics.Any(d => d.Id is "PUB0001" or "PUB0002" or "PUB0013" or "PUB0016"))
                    {
                        context.Report(DiagnosticDescriptors.NoEntries, context.At(0, 0), displayPath);
                    }

                    ReportSummary(context, displayPath, entries.Count);
                }
            }
            catch (Exception exception)
            {
                // One bad file must not take the catalog down: report it and let the other files generate.
                entries.Clear();
                context.Report(DiagnosticDescriptors.InternalError, context.At(0, 0), exception.GetType().Name + ": " + exception.Message);
            }
            finally
            {
                context.Finish();
            }

            return new FileParseResult(filePath, displayPath, entries.ToEquatableArray(), context.Diagnostics.ToEquatableArray())
            {
                NoWarn = options.NoWarn,
            };
        }

        private static void ParseText(SourceLines source, ParseContext context, List<PublicationModel> entries, bool readDirect)
        {
            // One file per paper: the paper is the front matter, and the body is notes.
            if (FrontMatterEntryReader.TryRead(source, context, entries))
            {
                return;
            }

            var cardStarts = CardEntryReader.FindCardStarts(source);
            var firstCard = cardStarts.Count > 0 ? cardStarts[0] : int.MaxValue;
            var found = new List<PublicationModel>();
            // From the first card on, the lines are the card reader's: Markdig reads only what comes before. A page that is
            // cards from its first written line (the scraped card pages) leaves it nothing, so it is not parsed at all.
            if (HasTextBefore(source, firstCard))
            {
                ReadMarkdown(source, context, firstCard, found, readDirect);
            }

            for (var i = 0; i < cardStarts.Count; i++)
            {
                var end = i + 1 < cardStarts.Count ? cardStarts[i + 1] : source.LineCount;
                CardEntryReader.Read(source, cardStarts[i], end, context, found, inPlace: readDirect);
            }

            // Blocks come in page order and cards after them: sorted (stably, as OrderBy) only when a card came first.
            entries.AddRange(IsInLineOrder(found) ? found : found.OrderBy(e => e.Line));
        }

        /// <summary>The entries of the Markdown blocks that start before line <paramref name="firstCard"/>, each read by the first reader that takes it.</summary>
        private static void ReadMarkdown(SourceLines source, ParseContext context, int firstCard, List<PublicationModel> found, bool readDirect)
        {
            var lines = LineStore.Acquire();
            foreach (var block in MarkdownDocumentReader.Read(source, context, line => line >= firstCard, lines, readDirect))
            {
                if (block.Direct is { } direct)
                {
                    DirectStackedReader.Read(direct, block, context, found);
                    continue;
                }

                foreach (var reader in Readers)
                {
                    if (reader.TryRead(block, context, found))
                    {
                        break;
                    }
                }
            }

            // Every line of the page has been read (the entries keep strings, not lines): its lines and their segments go to the next page.
            lines.Release();
        }

        /// <summary>
        /// True when a line before <paramref name="line"/> has something besides whitespace: a Markdown block can start
        /// there. Blocks start only on such lines, so without one every block Markdig would find is at or after the line.
        /// </summary>
        internal static bool HasTextBefore(SourceLines source, int line) =>
            !TextUtil.IsWhiteSpace(source.Text, 0, line < source.LineCount ? source.LineStart(line) : source.Text.Length);

        private static bool IsInLineOrder(List<PublicationModel> entries)
        {
            for (var i = 1; i < entries.Count; i++)
            {
                if (entries[i].Line < entries[i - 1].Line)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The per-file count for the build log: "read 33 entries", and what was left out and why.</summary>
        private static void ReportSummary(ParseContext context, string displayPath, int count)
        {
            var notes = new List<string>();
            var leftOut = context.Diagnostics.Count(d => d.Id is "PUB0001" or "PUB0002" or "PUB0013");
            if (leftOut > 0)
            {
                notes.Add(leftOut.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more could not be read (see the warnings)");
            }

            if (context.SkippedItems > 0)
            {
                var sections = context.SkippedSections.Count > 0 ? " (" + string.Join(", ", context.SkippedSections.Distinct()) + ")" : "";
                notes.Add(context.SkippedItems.ToString(System.Globalization.CultureInfo.InvariantCulture) + " talks, teaching or service items skipped" + sections);
            }

            context.Report(DiagnosticDescriptors.EntriesRead, context.At(0, 0), displayPath,
                count.ToString(System.Globalization.CultureInfo.InvariantCulture), notes.Count > 0 ? "; " + string.Join("; ", notes) : "");
        }

        /// <summary>A NUL character or many other control characters: an image or archive passed by mistake.</summary>
        private static bool LooksBinary(string text)
        {
            var sample = Math.Min(text.Length, 8192);
            var controls = 0;
            for (var i = 0; i < sample; i++)
            {
                var c = text[i];
                if (c == '\0')
                {
                    return true;
                }

                if (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                {
                    controls++;
                }
            }

            return sample > 0 && controls * 10 > sample;
        }
    }
}
