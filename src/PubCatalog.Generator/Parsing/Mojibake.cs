using System.Collections.Generic;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Detects and repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 (<c>RÃ©</c> → <c>Ré</c>,
    /// <c>KryÅ›ciÅ„ski</c> → <c>Kryściński</c>, <c>â€™</c> → <c>’</c>).
    /// </summary>
    internal static class Mojibake
    {
        private static readonly Dictionary<char, byte> Windows1252High = new()
        {
            ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87,
            ['ˆ'] = 0x88, ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91,
            ['’'] = 0x92, ['“'] = 0x93, ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98,
            ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B, ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
        };

        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>True when the text holds a sequence that only double encoding produces, with its repair.</summary>
        public static bool TryRepair(string text, out string repaired)
        {
            repaired = text;
            if (!HasSuspectPair(text))
            {
                return false;
            }

            // Repair each maximal run of characters that map to single bytes, where the bytes decode as UTF-8.
            var builder = new StringBuilder(text.Length);
            var changed = false;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsLeadByteChar(text[i]))
                {
                    builder.Append(text[i++]);
                    continue;
                }

                // One UTF-8 sequence: its length follows from the lead byte.
                var length = text[i] >= '\u00F0' ? 4 : text[i] >= '\u00E0' ? 3 : 2;
                var bytes = new List<byte>(length);
                for (var j = i; j < text.Length && bytes.Count < length && TryByte(text[j], out var b) && (j == i || (b >= 0x80 && b <= 0xBF)); j++)
                {
                    bytes.Add(b);
                }

                if (bytes.Count == length && TryDecode(bytes, out var decoded))
                {
                    builder.Append(decoded);
                    changed = true;
                    i += length;
                }
                else
                {
                    builder.Append(text[i++]);
                }
            }

            repaired = builder.ToString();
            return changed && repaired != text;
        }

        private static bool HasSuspectPair(string text)
        {
            // Every pair starts with a character past ASCII: ASCII text (most of it) is ruled out a vector at a time.
            if (TextUtil.IsAscii(text))
            {
                return false;
            }

            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (IsLeadByteChar(text[i]) && TryByte(text[i + 1], out var b) && b >= 0x80 && b <= 0xBF)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Â..ô: the Windows-1252 reading of a UTF-8 lead byte (0xC2–0xF4).</summary>
        private static bool IsLeadByteChar(char c) => c >= '\u00C2' && c <= '\u00F4';

        private static bool TryByte(char c, out byte value)
        {
            // ASCII (what follows most lead-byte letters, as in "José") stands for no byte past 0x7F: no table look-up.
            if (c < '\u0080')
            {
                value = 0;
                return false;
            }

            if (c >= '\u00A0' && c <= '\u00FF' || c <= '\u009F')
            {
                value = (byte)c;
                return true;
            }

            return Windows1252High.TryGetValue(c, out value);
        }

        private static bool TryDecode(List<byte> bytes, out string decoded)
        {
            decoded = "";
            if (bytes.Count < 2)
            {
                return false;
            }

            try
            {
                decoded = StrictUtf8.GetString(bytes.ToArray());
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }
}
