using System.Collections.Generic;
using System.Linq;
using System.Text;
using static PubCatalog.Generator.Emit.CSharpLiteral;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// A <c>switch</c> expression that picks the value of a number 0…n−1, as the catalog's overrides dispatch on a part or
    /// block number: <c>part switch { 0 => _0, 1 => _1, _ => _2 }</c>; for C# 7.3, which has no switch expressions, the
    /// same as conditional expressions: <c>part == 0 ? _0 : part == 1 ? _1 : _2</c>.
    /// </summary>
    internal static class CSharpSwitch
    {
        /// <summary>
        /// The last value is the default arm rather than a <c>throw</c>: the runtime library numbers the parts and blocks
        /// itself and checks an index before it asks, and at start-up the JIT would load the exception's type for a
        /// <c>throw</c> that never runs. With no values there is nothing to return, and the switch is only a throw.
        /// </summary>
        /// <param name="switchExpression">False for C# 7.3: conditional expressions instead.</param>
        public static string Over(string number, IEnumerable<string> values, bool switchExpression)
        {
            var list = values.ToList();
            if (list.Count == 0)
            {
                return $"throw new global::System.ArgumentOutOfRangeException(nameof({number}))";
            }

            if (!switchExpression)
            {
                var conditional = new StringBuilder();
                for (var i = 0; i < list.Count - 1; i++)
                {
                    conditional.Append(number).Append(" == ").Append(Int(i)).Append(" ? ").Append(list[i]).Append(" : ");
                }

                return conditional.Append(list[list.Count - 1]).ToString();
            }

            var text = new StringBuilder(number).Append(" switch { ");
            for (var i = 0; i < list.Count - 1; i++)
            {
                text.Append(Int(i)).Append(" => ").Append(list[i]).Append(", ");
            }

            return text.Append("_ => ").Append(list[list.Count - 1]).Append(" }").ToString();
        }
    }
}
