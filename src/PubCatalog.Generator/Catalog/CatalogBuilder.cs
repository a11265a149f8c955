using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Combines the files: merges the same paper listed in several places, assigns ids and member names, and puts
    /// the catalog in order (newest year first, then file and line). Input order does not matter: files are sorted first.
    /// </summary>
    internal static class CatalogBuilder
    {
        public static CatalogResult Build(ImmutableArray<FileParseResult> files, CatalogOptions options)
        {
            var sortedFiles = files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ThenBy(f => f.FilePath, StringComparer.Ordinal).ToList();
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var file in sortedFiles)
            {
                diagnostics.AddRange(file.Diagnostics);
            }

            var merged = Merge(sortedFiles, diagnostics);
            var ordered = merged
                .Select((item, index) => (item, index))
                .OrderBy(x => x.item.Publication.Year.HasValue ? 0 : 1)
                .ThenByDescending(x => x.item.Publication.Year ?? 0)
                .ThenBy(x => x.index)
                .Select(x => x.item)
                .ToList();

            var ids = AssignIds(ordered, diagnostics);
            var members = MemberNames.Assign(ordered.Select(x => x.Publication).ToList(), options.ClassName);
            var entries = ordered.Select((x, i) => new CatalogEntry(ids[i], members[i], x.DisplayPath, x.Publication)).ToEquatableArray();
            var model = new CatalogModel(options.ClassName, options.Namespace, files.Length, entries);
            return new CatalogResult(model, diagnostics.ToEquatableArray());
        }

        private static List<(PublicationModel Publication, string DisplayPath)> Merge(List<FileParseResult> files, List<DiagnosticInfo> diagnostics)
        {
            var result = new List<(PublicationModel Publication, string DisplayPath)>();
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var publication in file.Publications)
                {
                    var key = TextUtil.TitleKey(publication.Title);
                    if (key.Length == 0 || !byKey.TryGetValue(key, out var index))
                    {
                        byKey[key] = result.Count;
                        result.Add((publication, file.DisplayPath));
                        continue;
                    }

                    var (existing, existingPath) = result[index];
                    if (!file.NoWarn.AsImmutableArray().Contains(DiagnosticDescriptors.MergedDuplicate.Id))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MergedDuplicate, publication.Location,
                            publication.Title, Describe(existingPath, existing.Location)));
                    }
                    var winnerIsNew = VenueKinds.Rank(publication.Venue.Kind) > VenueKinds.Rank(existing.Venue.Kind);
                    var merged = winnerIsNew ? Combine(publication, existing) : Combine(existing, publication);
                    result[index] = (merged, winnerIsNew ? file.DisplayPath : existingPath);
                }
            }

            return result;
        }

        /// <summary>The winner keeps its fields; links, awards and tags of the other are added; empty fields are filled.</summary>
        private static PublicationModel Combine(PublicationModel winner, PublicationModel other)
        {
            var urls = new HashSet<string>(winner.Links.Select(l => l.Url), StringComparer.Ordinal);
            return winner with
            {
                ShortName = winner.ShortName ?? other.ShortName,
                ExplicitId = winner.ExplicitId ?? other.ExplicitId,
                Year = winner.Year ?? other.Year,
                Awards = winner.Awards.Concat(other.Awards).Distinct().ToEquatableArray(),
                Links = winner.Links.Concat(other.Links.Where(l => urls.Add(l.Url))).ToEquatableArray(),
                Tags = winner.Tags.Concat(other.Tags).Distinct().ToEquatableArray(),
                Summary = winner.Summary ?? other.Summary,
                Highlights = winner.Highlights.IsEmpty ? other.Highlights : winner.Highlights,
                Doi = winner.Doi ?? other.Doi,
                Abstract = winner.Abstract ?? other.Abstract,
                Selected = winner.Selected || other.Selected,
            };
        }

        private static string[] AssignIds(List<(PublicationModel Publication, string DisplayPath)> ordered, List<DiagnosticInfo> diagnostics)
        {
            var ids = new string[ordered.Count];
            var owners = new Dictionary<string, int>(StringComparer.Ordinal);

            // Ids the author chose come first; two papers with the same chosen id is an error.
            for (var i = 0; i < ordered.Count; i++)
            {
                var chosen = ordered[i].Publication.ExplicitId;
                if (chosen is null)
                {
                    continue;
                }

                if (owners.TryGetValue(chosen, out var owner))
                {
                    var first = ordered[owner];
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, ordered[i].Publication.Location,
                        chosen, first.Publication.Title, Describe(first.DisplayPath, first.Publication.Location), ordered[i].Publication.Title));
                    continue;
                }

                owners[chosen] = i;
                ids[i] = chosen;
            }

            for (var i = 0; i < ordered.Count; i++)
            {
                if (ids[i] is not null)
                {
                    continue;
                }

                var publication = ordered[i].Publication;
                var stem = Slug.Make(publication.ShortName ?? publication.Title);
                stem = stem.Length == 0 ? "paper" : stem;
                var id = publication.Year is int year ? stem + "-" + year.ToString(CultureInfo.InvariantCulture) : stem;
                var candidate = id;
                for (var n = 2; owners.ContainsKey(candidate); n++)
                {
                    candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                owners[candidate] = i;
                ids[i] = candidate;
            }

            return ids;
        }

        private static string Describe(string path, LocationInfo location) =>
            $"{path}({(location.Line + 1).ToString(CultureInfo.InvariantCulture)},{(location.Column + 1).ToString(CultureInfo.InvariantCulture)})";
    }
}
