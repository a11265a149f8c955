namespace PubCatalog
{
    /// <summary>How <see cref="PublicationDisplay"/> renders authors and badges.</summary>
    public sealed class DisplayOptions
    {
        /// <summary>The defaults: every author shown, <c>*</c> for equal contribution.</summary>
        public static DisplayOptions Default { get; } = new DisplayOptions();

        /// <summary>
        /// Show at most this many authors, then "and N more"; 0 shows all. The page owner stays visible even past
        /// the limit (after an ellipsis).
        /// </summary>
        public int MaxAuthors { get; set; }

        /// <summary>The mark after an equal-contribution author.</summary>
        public string EqualContributionMark { get; set; } = "*";

        /// <summary>Adds the year to the venue badge (<c>NSDI 2024</c>).</summary>
        public bool YearInVenueBadge { get; set; } = true;
    }
}
