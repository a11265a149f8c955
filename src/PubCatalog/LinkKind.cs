namespace PubCatalog
{
    /// <summary>What a link points at.</summary>
#if NET8_0_OR_GREATER
    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<LinkKind>))]
#endif
    public enum LinkKind
    {
        /// <summary>The paper itself (PDF, publisher page, arXiv).</summary>
        Paper,
        /// <summary>Source code.</summary>
        Code,
        /// <summary>Slides.</summary>
        Slides,
        /// <summary>A recorded or live talk.</summary>
        Talk,
        /// <summary>A video.</summary>
        Video,
        /// <summary>A dataset.</summary>
        Dataset,
        /// <summary>A blog post.</summary>
        Blog,
        /// <summary>A tutorial.</summary>
        Tutorial,
        /// <summary>A poster.</summary>
        Poster,
        /// <summary>A project page.</summary>
        Project,
        /// <summary>Anything else.</summary>
        Other,
    }
}
