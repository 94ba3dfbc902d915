using CarPass.Domain.Ocr;
using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Tests.Extraction;

/// <summary>The VIN decoder over characters with the LSTM's alternatives, as Tesseract's choice iterator gives them.</summary>
public class ConstrainedVinDecoderTests
{
    private const int Year = 2026;

    [Fact]
    public void The_lstm_alternative_the_check_digit_needs_is_chosen_and_the_vin_is_sure()
    {
        // 1HGCM82633A004352 read with S for the 5 (the model gave 5 some weight).
        var text = Read("1HGCM82633A0043S2", (15, '5', 30f));

        var best = VinExtractor.Extract(text, Year)[0];

        Assert.Equal(("1HGCM82633A004352", true, OcrReasons.CheckDigitResolved), (best.Value, best.Valid, best.Reason));
    }

    [Fact]
    public void A_north_american_reading_is_searched_over_look_alikes_until_its_mandatory_check_digit_passes()
    {
        // 1M8GDM9AXKP042788 read with B for the 8 and no alternative offered: only the check digit can tell.
        var candidates = VinExtractor.Extract(Read("1MBGDM9AXKP042788"), Year);

        Assert.Equal("1M8GDM9AXKP042788", candidates[0].Value);
        Assert.Equal(OcrReasons.CheckDigitResolved, candidates[0].Reason);
    }

    [Fact]
    public void A_north_american_model_year_place_takes_only_a_year_code()
    {
        // Position 10 read as Z, which stands for no year; 2 (2002) does, and the check digit agrees.
        var vin = "1HGCM8263" + "2" + "A004352";
        var withCheck = vin[..8] + Vin.CheckDigit(vin) + vin[9..];
        var misread = withCheck[..9] + "Z" + withCheck[10..];

        var candidates = VinExtractor.Extract(Read(misread), Year);

        Assert.Equal(withCheck, candidates[0].Value);
        Assert.DoesNotContain(
            candidates,
            c => Vin.IsCheckDigitMandatory(c.Value) && c.Value[Vin.ModelYearIndex] == 'Z'
        );
    }

    [Fact]
    public void A_known_maker_prefix_breaks_a_tie_between_look_alikes()
    {
        // W8A or WBA: the model barely prefers 8, but only WBA (BMW) is a maker's prefix.
        var text = Read("W8A3B5C58FK123456", (1, 'B', 80f));

        var candidates = VinExtractor.Extract(text, Year);

        Assert.Equal("WBA3B5C58FK123456", candidates[0].Value);
        Assert.NotNull(WorldManufacturers.Find(candidates[0].Value));
    }

    [Fact]
    public void Outside_north_america_a_right_check_digit_breaks_a_tie()
    {
        var truth = "WF0XXXGCDX8A12345";
        truth = truth[..8] + Vin.CheckDigit(truth) + truth[9..];
        var look = truth[12] == '1' ? 'L' : throw new InvalidOperationException();
        var text = Read(truth[..12] + look + truth[13..], (12, '1', 95f));

        Assert.Equal(truth, VinExtractor.Extract(text, Year)[0].Value);
    }

    [Fact]
    public void When_two_readings_are_about_as_likely_both_are_offered_and_neither_as_sure()
    {
        // S or 5 in a VIN without a check digit: the model is almost undecided, nothing else can tell.
        var candidates = VinExtractor.Extract(Read("WVWZZZ1JZXWS00001", (11, '5', 90f)), Year);

        Assert.Equal(["WVWZZZ1JZXWS00001", "WVWZZZ1JZXW500001"], candidates.Select(c => c.Value).Take(2));
        Assert.All(candidates, c => Assert.False(c.Valid));
    }

    [Fact]
    public void A_vin_without_a_check_digit_is_proposed_but_never_as_sure()
    {
        var only = Assert.Single(VinExtractor.Extract(Read("WVWZZZ1JZXW000001"), Year));

        Assert.Equal((OcrReasons.VinPattern, false), (only.Reason, only.Valid));
    }

    [Fact]
    public void Two_readings_of_one_image_decide_together()
    {
        // The sharp reading says S, weakly 5; the denoised one says 5: together 5 wins.
        var sharp = Read("WVWZZZ1JZXWS00001", (11, '5', 20f));
        var denoised = Read("WVWZZZ1JZXW500001");

        Assert.Equal("WVWZZZ1JZXW500001", VinExtractor.Extract([sharp, denoised], Year)[0].Value);
    }

    [Theory]
    [InlineData('G', '6')]
    [InlineData('L', '1')]
    [InlineData('S', '5')]
    public void A_digit_the_model_weighed_under_its_letter_look_alike_is_preferred_when_the_check_digit_agrees(
        char read,
        char printed
    )
    {
        // Outside North America; the model weighed the printed digit at about e^-2.5 of the letter it
        // read, which alone (with the check digit's tie-breaker) would not outweigh the letter.
        var truth = WithCheckDigit("VF3AB" + printed + "C58FK123456");
        var text = Read(truth[..5] + read + truth[6..], (5, printed, 8f));

        var best = VinExtractor.Extract(text, Year)[0];

        Assert.Equal(truth, best.Value);
    }

    [Fact]
    public void A_stray_stroke_read_as_an_extra_character_is_left_out()
    {
        // 1HGCM82633A004352 read with an I between the 8 and the 2 (18 characters, no window of 17).
        var candidates = VinExtractor.Extract(Read("1HGCM8I2633A004352"), Year);

        Assert.Equal("1HGCM82633A004352", candidates[0].Value);
        Assert.False(candidates[0].Valid);
    }

    [Fact]
    public void One_glyph_read_as_two_look_alikes_is_read_as_one()
    {
        // The 5 of 1HGCM82633A004352 read as "S5".
        var candidates = VinExtractor.Extract(Read("1HGCM82633A0043S52"), Year);

        Assert.Equal("1HGCM82633A004352", candidates[0].Value);
    }

    [Fact]
    public void A_second_reading_that_needed_a_character_left_out_keeps_the_vin_from_being_sure()
    {
        var sharp = Read("1HGCM82633A004352");
        var denoised = Read("1HGCM8I2633A004352");

        Assert.True(VinExtractor.Extract([sharp], Year)[0].Valid);
        var best = VinExtractor.Extract([sharp, denoised], Year)[0];
        Assert.Equal(("1HGCM82633A004352", false), (best.Value, best.Valid));
    }

    [Fact]
    public void A_j_one_reading_sees_where_another_reads_a_1_leaves_the_vin_in_doubt()
    {
        // The check digit counts J and 1 alike, so only the readings tell them apart: here they disagree.
        var withJ = WithCheckDigit("2T1H755T721SJCF27");
        var withOne = withJ[..12] + "1" + withJ[13..];
        var tesseract = Read(withOne);
        var network = Read(withJ, (12, 'I', 15f));

        Assert.True(VinExtractor.Extract([tesseract], Year)[0].Valid);
        var candidates = VinExtractor.Extract([tesseract, network], Year);
        Assert.Equal(new[] { withJ, withOne }.Order(), candidates.Take(2).Select(c => c.Value).Order());
        Assert.All(candidates, c => Assert.False(c.Valid));
    }

    [Fact]
    public void A_rival_the_check_digit_cannot_rule_out_is_offered_until_it_is_more_than_a_look_alike_behind()
    {
        // A T read as 7 and a B as 8: in these places the two changes cancel in the check sum, so
        // both readings pass it, and the model weighed the letters about 5.4 behind the digits.
        const string truth = "1HGCM82653A00TB52";
        const string misread = "1HGCM82653A007852";
        var slightly = Read(misread, (13, 'T', 6.6f), (14, 'B', 6.6f));
        var clearly = Read(misread, (13, 'T', 5f), (14, 'B', 5f));

        var candidates = VinExtractor.Extract(slightly, Year);

        Assert.True(Vin.Validate(truth).IsSuccess && Vin.Validate(misread).IsSuccess);
        Assert.Equal([misread, truth], candidates.Select(c => c.Value));
        Assert.All(candidates, c => Assert.False(c.Valid));
        Assert.True(Assert.Single(VinExtractor.Extract(clearly, Year)).Valid);
    }

    private static string WithCheckDigit(string vin) => vin[..8] + Vin.CheckDigit(vin) + vin[9..];

    /// <summary>One line read with full confidence, except the given places' alternatives.</summary>
    private static OcrText Read(string text, params (int Index, char Character, float Confidence)[] alternatives)
    {
        var glyphs = text.Select(
                (c, i) =>
                    new OcrGlyph([
                        new OcrChoice(c, 98f),
                        .. alternatives.Where(a => a.Index == i).Select(a => new OcrChoice(a.Character, a.Confidence)),
                    ])
            )
            .ToList();
        return new OcrText([
            [glyphs],
        ]);
    }
}
