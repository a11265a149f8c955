using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PubCatalog.Tests.Infrastructure;

/// <summary>
/// Snapshot testing in the Verify convention, without Verify: <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.cs</c> is
/// checked in; a mismatch writes <c>.received.cs</c> beside it and fails with the first differing lines.
/// Set <c>PUBCATALOG_ACCEPT_SNAPSHOTS=1</c> to accept. A missing snapshot fails when <c>CI=true</c>.
/// </summary>
public static partial class Snapshot
{
    public const string AcceptVariable = "PUBCATALOG_ACCEPT_SNAPSHOTS";

    public static void Match(string actual, string extension = "cs", [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
    {
        var callerDirectory = Path.GetDirectoryName(callerFile)!;
        var directory = Path.GetFileName(callerDirectory) == "Snapshots" ? callerDirectory : Path.Combine(callerDirectory, "Snapshots");
        var name = $"{Path.GetFileNameWithoutExtension(callerFile)}.{test}";
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = Normalize(actual);

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == normalized)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1" || (!File.Exists(verified) && Environment.GetEnvironmentVariable("CI") != "true"))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : "";
        Assert.Fail($"Snapshot {name} differs (see {received}; set {AcceptVariable}=1 to accept).\n{FirstDifference(expected, normalized)}");
    }

    /// <summary>LF line endings, no trailing spaces, the generator version scrubbed.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
        return VersionPattern().Replace(string.Join("\n", lines).TrimEnd() + "\n", "\"PubCatalog.Generator\", \"{version}\"");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  verified: {left}\n  received: {right}";
            }
        }

        return "";
    }

    [GeneratedRegex("\"PubCatalog\\.Generator\", \"[0-9.]+\"")]
    private static partial Regex VersionPattern();
}
