using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.EndToEnd;

/// <summary>
/// Builds a throw-away consumer project with <c>dotnet build</c>, referencing the generator the way in-repo projects do
/// (<c>ProjectReference … OutputItemType="Analyzer"</c>): a good page runs, a malformed entry fails the build at its line.
/// </summary>
public class ConsumerBuildTests
{
    private const string GoodPage = "## 2024\n\n**Alpha: A Paper**  \n**Ada Lovelace**, Alan Turing  \n*NSDI 2024*  \n[**[PDF](https://x.org/a.pdf)**]\n";

    [Fact]
    public void Good_page_builds_and_runs()
    {
        using var project = ConsumerProject.Create(GoodPage, """
            foreach (var p in Demo.Publications.All)
                System.Console.WriteLine($"{p.Id}|{p.Title}|{p.Venue.Name}|{p.Year}|{p.Authors[0].Name}|{p.Authors[0].IsSelf}");
            System.Console.WriteLine(Demo.Publications.Alpha.Links[0].Url);
            """);

        var build = project.Run("build", "-nologo", "-v:q");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = project.Run("run", "--no-build");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("alpha-2024|Alpha: A Paper|NSDI|2024|Ada Lovelace|True", run.Output);
        Assert.Contains("https://x.org/a.pdf", run.Output);
    }

    [Fact]
    public void Malformed_entry_fails_the_build_with_file_line_and_column()
    {
        using var project = ConsumerProject.Create(GoodPage + "\n**Beta: No Authors**  \n*NSDI 2023*  \n[**[PDF](javascript:alert(1))**]\n",
            "System.Console.WriteLine(Demo.Publications.All.Count);");

        var build = project.Run("build", "-nologo", "-v:q");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("publications.md(8,1): error PUB0002", build.Output.Replace('\\', '/'));
    }

    private sealed class ConsumerProject : IDisposable
    {
        private ConsumerProject(string directory) => Directory = directory;

        public string Directory { get; }

        public static ConsumerProject Create(string page, string program)
        {
            var directory = Path.Combine(Path.GetTempPath(), "pubcatalog-e2e-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Path.Combine(directory, "publications"));
            var src = Path.Combine(Paths.RepositoryRoot, "src");
            File.WriteAllText(Path.Combine(directory, "Demo.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>Demo</RootNamespace>
                    <Nullable>enable</Nullable>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <Import Project="{src}/PubCatalog.Generator/build/PubCatalog.Generator.props" />
                  <ItemGroup>
                    <ProjectReference Include="{src}/PubCatalog/PubCatalog.csproj" />
                    <ProjectReference Include="{src}/PubCatalog.Generator/PubCatalog.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <AdditionalFiles Include="publications/*.md" />
                  </ItemGroup>
                </Project>
                """);
            // Keep the repository's Directory.*.props out of the consumer: it stands for a user's own project.
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "publications", "publications.md"), page);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
            return new ConsumerProject(directory);
        }

        public CliResult Run(params string[] arguments) => DotnetCli.Run(Directory, null, arguments);

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
