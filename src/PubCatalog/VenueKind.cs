namespace PubCatalog
{
    /// <summary>The kind of a venue.</summary>
#if NET8_0_OR_GREATER
    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<VenueKind>))]
#endif
    public enum VenueKind
    {
        /// <summary>A conference or symposium.</summary>
        Conference,
        /// <summary>A journal, transactions or magazine.</summary>
        Journal,
        /// <summary>A workshop.</summary>
        Workshop,
        /// <summary>A preprint (arXiv and the like).</summary>
        Preprint,
        /// <summary>Submitted, not yet accepted.</summary>
        InSubmission,
        /// <summary>Anything else, or unknown.</summary>
        Other,
    }
}
