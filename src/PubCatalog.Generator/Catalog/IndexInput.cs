using System;
using System.Collections.Generic;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The catalog model as the index sees it, for the pipeline to compare before making the index: two inputs are
    /// equal when everything <see cref="CatalogPartitioner.Index(CatalogModel)"/> reads is, so equal inputs make equal
    /// indexes. Per entry that is its source file (its part), its file's index keys and its number there, and a combined
    /// paper's year and tags: not its title, id or member name. Editing a title, the commonest edit, changes the model but
    /// not this, and the index, a third of such an edit's run at 2,000 entries, is not made again only to be found equal.
    /// </summary>
    /// <remarks>
    /// Cheap to compare: entries the model kept (most) are the same objects, and a page read again has new index keys
    /// equal to its old ones, compared once per pair of keys rather than once per entry.
    /// </remarks>
    internal sealed class IndexInput : IEquatable<IndexInput>
    {
        public IndexInput(CatalogModel model) => Model = model;

        /// <summary>The model, which the index is made from.</summary>
        public CatalogModel Model { get; }

        public bool Equals(IndexInput? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null)
            {
                return false;
            }

            var a = Model;
            var b = other.Model;
            if (a.ClassName != b.ClassName || a.Namespace != b.Namespace || a.FileCount != b.FileCount || a.Entries.Count != b.Entries.Count)
            {
                return false;
            }

            // The pairs of distinct index keys found equal (one per page read again): each is compared once.
            List<(FileIndexKeys, FileIndexKeys)>? equalKeys = null;
            for (var i = 0; i < a.Entries.Count; i++)
            {
                var x = a.Entries[i];
                var y = b.Entries[i];
                if (ReferenceEquals(x, y))
                {
                    continue;
                }

                if (x.SourceFile != y.SourceFile || x.EntryNumber != y.EntryNumber || x.IsCombined != y.IsCombined)
                {
                    return false;
                }

                // A combined paper's year and tags are read from it, not from its file's keys.
                if (x.IsCombined && (x.Publication.Year != y.Publication.Year || !x.Publication.Tags.Equals(y.Publication.Tags)))
                {
                    return false;
                }

                if (!ReferenceEquals(x.IndexKeys, y.IndexKeys) && !KeysEqual(x.IndexKeys, y.IndexKeys, ref equalKeys))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as IndexInput);

        public override int GetHashCode() => (Model.ClassName, Model.Namespace, Model.FileCount, Model.Entries.Count).GetHashCode();

        private static bool KeysEqual(FileIndexKeys x, FileIndexKeys y, ref List<(FileIndexKeys, FileIndexKeys)>? equalKeys)
        {
            if (equalKeys is not null)
            {
                foreach (var (first, second) in equalKeys)
                {
                    if (ReferenceEquals(first, x) && ReferenceEquals(second, y))
                    {
                        return true;
                    }
                }
            }

            if (!x.Equals(y))
            {
                return false;
            }

            (equalKeys ??= new List<(FileIndexKeys, FileIndexKeys)>()).Add((x, y));
            return true;
        }
    }
}
