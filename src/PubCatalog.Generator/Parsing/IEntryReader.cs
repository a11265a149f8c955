using System.Collections.Generic;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>Reads one input shape. Readers are tried in order; the first that recognises a block owns it.</summary>
    internal interface IEntryReader
    {
        /// <summary>
        /// Returns false when the block is not in this reader's shape. Returns true when it is, adding the entry to
        /// <paramref name="entries"/> or reporting why it cannot be one.
        /// </summary>
        bool TryRead(EntryBlock block, ParseContext context, List<PublicationModel> entries);
    }
}
