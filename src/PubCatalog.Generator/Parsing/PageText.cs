using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The text of an additional file as the generator reads it. The compiler decodes a file as UTF-8 and, when the
    /// bytes are not valid UTF-8, falls back to Windows-1252 (or Latin-1) for the whole file, which would turn every
    /// accent on the page into mojibake. Such a text is turned back into its bytes and decoded as UTF-8 with U+FFFD for
    /// the bad bytes, so the good text survives and <see cref="TextChecks.CheckUtf8"/> can report where the damage is.
    /// </summary>
    internal static class PageText
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        public static string? Read(SourceText? text)
        {
            if (text is null)
            {
                return null;
            }

            var value = text.ToString();
            var codePage = text.Encoding?.CodePage ?? 0;
            if (codePage != 1252 && codePage != 28591)
            {
                return value;
            }

            // Single-byte encodings give the bytes back exactly; if they were valid UTF-8, the compiler would have used UTF-8.
            byte[] bytes;
            try
            {
                bytes = text.Encoding!.GetBytes(value);
            }
            catch (EncoderFallbackException)
            {
                return value;
            }

            try
            {
                StrictUtf8.GetString(bytes);
                return value;
            }
            catch (DecoderFallbackException)
            {
                return LenientUtf8.GetString(bytes);
            }
        }
    }
}
