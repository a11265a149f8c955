using PubCatalog.Generator.Emit;

namespace PubCatalog.Tests.Catalog;

/// <summary>The overrides that hand the runtime library its parts and blocks dispatch with these switches.</summary>
public class CSharpSwitchTests
{
    [Fact]
    public void The_last_value_is_the_default_arm()
    {
        Assert.Equal("part switch { 0 => _0, 1 => _1, _ => _2 }", CSharpSwitch.Over("part", ["_0", "_1", "_2"], switchExpression: true));
        Assert.Equal("block switch { _ => Items0() }", CSharpSwitch.Over("block", ["Items0()"], switchExpression: true));
    }

    [Fact]
    public void For_CSharp_7_3_the_switch_is_a_chain_of_conditionals_with_the_same_default()
    {
        Assert.Equal("part == 0 ? _0 : part == 1 ? _1 : _2", CSharpSwitch.Over("part", ["_0", "_1", "_2"], switchExpression: false));
        Assert.Equal("Items0()", CSharpSwitch.Over("block", ["Items0()"], switchExpression: false));
        Assert.Equal("throw new global::System.ArgumentOutOfRangeException(nameof(part))", CSharpSwitch.Over("part", [], switchExpression: false));
    }

    [Fact]
    public void With_no_values_the_switch_is_a_throw()
    {
        Assert.Equal("throw new global::System.ArgumentOutOfRangeException(nameof(part))", CSharpSwitch.Over("part", [], switchExpression: true));
    }
}
