using System.Diagnostics;

namespace PubCatalog.Benchmarks;

/// <summary>Runs a tool in a process of its own and hands back what it printed; a failure throws with its output.</summary>
internal static class ChildProcess
{
    /// <param name="environment">Variables set for the process only, such as the collector it runs with (<c>DOTNET_gcServer</c>), which a process cannot change once started.</param>
    public static string Run(string dir, string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed in {dir} ({process.ExitCode}):\n{stdout}\n{stderr.Result}");
        }

        return stdout.Trim();
    }
}
