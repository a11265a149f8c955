using PubCatalog.Generator.Emit;

namespace PubCatalog.Tests.Catalog;

/// <summary>The overrides that hand the runtime library its parts and blocks dispatch with these switches.</summary>
public class CSharpSwitchTests
{
    [Fact]
    public void The_last_value_is_the_default_arm()
    {
        Assert.Equal("part switch { 0 => _0, 1 => _1, _ => _2 }", CSharpSwitch.Over("part", ["_0", "_1", "_2"]));
        Assert.Equal("block switch { _ => Items0() }", CSharpSwitch.Over("block", ["Items0()"]));
    }

    [Fact]
    public void With_no_values_the_switch_is_a_throw()
    {
        Assert.Equal("throw new global::System.ArgumentOutOfRangeException(nameof(part))", CSharpSwitch.Over("part", []));
    }
}
