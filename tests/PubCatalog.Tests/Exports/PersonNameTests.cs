namespace PubCatalog.Tests.Exports;

public class PersonNameTests
{
    [Theory]
    [InlineData("Ethan J. Jackson", "Ethan J.", "Jackson", "")]
    [InlineData("Ion Stoica", "Ion", "Stoica", "")]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van Beethoven", "")]
    [InlineData("Jackson, Ethan J.", "Ethan J.", "Jackson", "")]
    [InlineData("Martin Luther King Jr.", "Martin Luther", "King", "Jr.")]
    [InlineData("Plato", "", "Plato", "")]
    [InlineData("ZM Mao", "ZM", "Mao", "")]
    public void SplitsGivenAndFamily(string name, string given, string family, string suffix)
    {
        var parsed = PersonName.Parse(name);

        Assert.Equal((given, family, suffix), (parsed.Given, parsed.Family, parsed.Suffix));
    }
}
