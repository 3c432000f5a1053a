using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Simulations;

/// <summary>Golden frames of every reaction-diffusion preset and automaton rule, rendered in order from the scene start.</summary>
public class SimulationGoldenTests
{
    [Theory]
    [InlineData("{ type: reaction_diffusion, preset: spots }", 2, "24de61f6aca16a6c")]
    [InlineData("{ type: reaction_diffusion, preset: spots }", 9, "2ccebf45a5994e67")]
    [InlineData("{ type: reaction_diffusion, preset: worms }", 2, "5834649337e57d35")]
    [InlineData("{ type: reaction_diffusion, preset: worms }", 9, "7317790564e83749")]
    [InlineData("{ type: reaction_diffusion, preset: coral }", 2, "a4a2964bffa877b7")]
    [InlineData("{ type: reaction_diffusion, preset: coral }", 9, "26b1eb87ebf0525e")]
    [InlineData("{ type: reaction_diffusion, preset: mitosis }", 2, "462879cb7a671132")]
    [InlineData("{ type: reaction_diffusion, preset: mitosis }", 9, "462879cb7a671132")]
    [InlineData("{ type: reaction_diffusion, preset: labyrinth }", 2, "ec72638d1d20576e")]
    [InlineData("{ type: reaction_diffusion, preset: labyrinth }", 9, "98a3f72d99138e49")]
    [InlineData("{ type: reaction_diffusion, preset: holes }", 2, "dc47aeb00540347d")]
    [InlineData("{ type: reaction_diffusion, preset: holes }", 9, "5bba5f01115d56f4")]
    [InlineData("{ type: reaction_diffusion, preset: chaos }", 2, "cb095886fde244ad")]
    [InlineData("{ type: reaction_diffusion, preset: chaos }", 9, "7beca5f560cbd405")]
    [InlineData("{ type: cellular_automaton, rule: life }", 2, "a6f4c2029f93d02a")]
    [InlineData("{ type: cellular_automaton, rule: life }", 9, "96e40e59187ad339")]
    [InlineData("{ type: cellular_automaton, rule: coral }", 2, "d6ac72f240bff9fb")]
    [InlineData("{ type: cellular_automaton, rule: coral }", 9, "3fe929195a67b34e")]
    [InlineData("{ type: cellular_automaton, rule: maze }", 2, "d961b19425a50e13")]
    [InlineData("{ type: cellular_automaton, rule: maze }", 9, "a222fd6909e5d6a5")]
    [InlineData("{ type: cellular_automaton, rule: anneal }", 2, "96e7b19b474fc1cd")]
    [InlineData("{ type: cellular_automaton, rule: anneal }", 9, "d2c924512bd48ab7")]
    [InlineData("{ type: cellular_automaton, rule: day_night }", 2, "8d114cf09da3559d")]
    [InlineData("{ type: cellular_automaton, rule: day_night }", 9, "dc7e540cf22718f7")]
    public void Matches_golden_hash(string field, int frame, string expected) =>
        TestRender.FrameHash(TestRender.LayerSpec($"field: {field}"), frame).Should().Be(expected);
}
