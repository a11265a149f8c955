using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>What every reader of one file shares: the file, its options, and the diagnostics reported so far.</summary>
    internal sealed class ParseContext
    {
        private readonly List<DiagnosticInfo> _diagnostics = new();

        public ParseContext(string filePath, PageOptions options)
        {
            FilePath = filePath;
            Options = options;
        }

        public string FilePath { get; }

        public PageOptions Options { get; }

        /// <summary>The thread's table of authors (the names of the pages read before on this thread kept), each distinct one made once.</summary>
        public AuthorPool Authors => _authors ??= AuthorPool.Acquire(Options.SelfNames);

        private AuthorPool? _authors;

        /// <summary>Hands the file's tables on to the next file read on this thread: the reading is over.</summary>
        public void Finish()
        {
            _authors?.Release();
            _authors = null;
            _venues?.Release();
            _venues = null;
            _shared?.Release();
            _shared = null;
        }

        /// <summary>The venue texts the pages read on this thread have named, each read once.</summary>
        public VenueCache Venues => _venues ??= VenueCache.Acquire();

        private VenueCache? _venues;

        /// <summary>The labels, venues, awards and tags the file repeats, each kept once.</summary>
        public SharedValues Shared => _shared ??= SharedValues.Acquire();

        private SharedValues? _shared;

        /// <summary>The file's one entry assembler, emptied for a new entry: entries are read one at a time.</summary>
        public EntryAssembler StartEntry()
        {
            _entry ??= new EntryAssembler(this);
            _entry.Reset();
            return _entry;
        }

        private EntryAssembler? _entry;

        public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

        /// <summary>Blocks left out because they are not publications (talks, teaching …), for the per-file summary.</summary>
        public int SkippedItems { get; set; }

        /// <summary>The headings of the sections left out as not publications.</summary>
        public List<string> SkippedSections { get; } = new();

        public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
        {
            // PubCatalogNoWarn on the file's item: the per-file switch .editorconfig sections cannot give for Markdown.
            if (descriptor.DefaultSeverity != DiagnosticSeverity.Error && Options.Silences(descriptor.Id))
            {
                return;
            }

            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
        }

        public LocationInfo At(int line, int column, int length = 0) => new(FilePath, line, column, length);

        public LocationInfo At(InlineSegment segment) => new(FilePath, segment.Line, segment.Column, segment.Text.Length);

        public LocationInfo At(LogicalLine line) => new(FilePath, line.Line, line.Column, line.PlainText.Length);
    }
}
