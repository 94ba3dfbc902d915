using CarPass.Domain.Ocr;
using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Tests.Extraction;

public class DocumentExtractorTests
{
    private const string Certificate = """
        СВИДЕТЕЛЬСТВО О РЕГИСТРАЦИИ ТС
        Регистрационный знак А123ВС77
        Идентификационный номер (VIN) XTA210930Y2696789
        Марка, модель LADA GRANTA
        Тип ТС ЛЕГКОВОЙ
        Год выпуска ТС 2019
        Цвет БЕЛЫЙ
        """;

    [Fact]
    public void Every_labelled_field_of_a_certificate_is_proposed()
    {
        var fields = DocumentExtractor.Extract(Certificate, 2026).ToDictionary(c => c.Kind, c => c.Value);

        Assert.Equal("XTA210930Y2696789", fields[OcrField.Vin]);
        Assert.Equal("А123ВС77", fields[OcrField.Plate]);
        Assert.Equal("LADA GRANTA", fields[OcrField.MakeModel]);
        Assert.Equal("2019", fields[OcrField.Year]);
        Assert.Equal("БЕЛЫЙ", fields[OcrField.Colour]);
    }

    [Fact]
    public void Fields_that_are_not_found_are_not_proposed()
    {
        var text = "Марка, модель KIA RIO\nГод выпуска ТС 2031\nЦвет";

        var fields = DocumentExtractor.Extract(text, 2026);

        Assert.Equal(OcrField.MakeModel, Assert.Single(fields).Kind);
    }

    [Fact]
    public void A_make_and_model_read_in_two_alphabets_is_not_proposed()
    {
        var fields = DocumentExtractor.Extract("Марка, модель LADA СКАМТА\nЦвет БЕЛЫЙ", 2026);

        Assert.Equal(OcrField.Colour, Assert.Single(fields).Kind);
    }

    [Fact]
    public void A_vin_whose_label_was_misread_is_still_found()
    {
        var text = Certificate.Replace("(VIN)", "(УШ)");

        Assert.Contains(DocumentExtractor.Extract(text, 2026), c => c.Value == "XTA210930Y2696789");
    }

    [Fact]
    public void Text_of_a_latin_pass_gives_the_vin_of_the_labelled_line_only()
    {
        var latin = "PEGN3TPAUNOHHBIN 3HAK A123BC77\nNAEHTNONKALNOHHBIN HOMEP VIN XTA210930Y2696789";

        Assert.Equal("XTA210930Y2696789", Assert.Single(DocumentExtractor.LabelledVins(latin, 2026)).Value);
    }
}
