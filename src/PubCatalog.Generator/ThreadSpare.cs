namespace PubCatalog.Generator
{
    /// <summary>
    /// One spare object of a kind per thread: a page's tables, emptied when the page is read, are handed to the next page
    /// read on the same thread instead of being made afresh (and grown again) for it. Per thread because a generator may
    /// run on several threads at once; one object, so a thread keeps no more than one page's worth.
    /// </summary>
    internal static class ThreadSpare<T>
        where T : class
    {
        [System.ThreadStatic]
        private static T? s_spare;

        /// <summary>The thread's spare, which is the caller's from now on, or null when there is none.</summary>
        public static T? Take()
        {
            var spare = s_spare;
            s_spare = null;
            return spare;
        }

        /// <summary>Keeps <paramref name="spare"/>, emptied by the caller, for the next <see cref="Take"/> on this thread.</summary>
        public static void Keep(T spare) => s_spare = spare;
    }
}
