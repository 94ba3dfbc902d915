using CarPass.Bot.Flows.Ocr;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using Telegram.Bot.Types;

namespace CarPass.Bot.Tests.Ocr;

public sealed class OcrPayloadTests
{
    [Fact]
    public void The_longest_reading_button_fits_in_64_bytes_and_reads_back()
    {
        var (scan, vehicle) = (Guid.NewGuid(), Guid.NewGuid());

        var payload = OcrPayload.Build(OcrPayload.Toggle, scan, vehicle, 127);

        Assert.True(payload.Length <= TelegramLimits.CallbackData, payload);
        Assert.Equal(
            new OcrPayload(OcrPayload.Toggle, scan, vehicle, 127),
            OcrPayload.Parse(CallbackData.Parse(payload))
        );
    }

    [Fact]
    public void An_employees_button_carries_the_candidates_index()
    {
        var scan = Guid.NewGuid();

        var tap = OcrPayload.Parse(CallbackData.Parse(OcrPayload.Build(OcrPayload.Propose, scan, number: 2)));

        Assert.Equal(new OcrPayload(OcrPayload.Propose, scan, null, 2), tap);
    }

    [Theory]
    [InlineData(0b101, 3, new[] { 0, 2 })]
    [InlineData(0b1000, 3, null)]
    [InlineData(0, 3, null)]
    public void A_selection_names_only_candidates_the_scan_has(int selection, int count, int[]? chosen) =>
        Assert.Equal(chosen, new OcrPayload(OcrPayload.Save, Guid.NewGuid(), null, selection).Chosen(count));

    [Fact]
    public void A_photo_is_read_in_its_largest_size()
    {
        var message = new Message
        {
            Photo =
            [
                new PhotoSize
                {
                    FileId = "small",
                    FileUniqueId = "s",
                    Width = 90,
                    Height = 60,
                    FileSize = 900,
                },
                new PhotoSize
                {
                    FileId = "large",
                    FileUniqueId = "l",
                    Width = 1280,
                    Height = 960,
                    FileSize = 90_000,
                },
                new PhotoSize
                {
                    FileId = "medium",
                    FileUniqueId = "m",
                    Width = 320,
                    Height = 240,
                    FileSize = 9_000,
                },
            ],
        };

        Assert.Equal(new IncomingImage("large", 90_000, "image/jpeg"), IncomingImage.From(message));
    }

    [Theory]
    [InlineData("application/pdf", true)]
    [InlineData("text/plain", true)]
    [InlineData("image/heic", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData(null, false)]
    public void Only_a_file_plainly_of_another_type_is_refused_unread(string? mimeType, bool refused) =>
        Assert.Equal(refused, new IncomingImage("f", 10, mimeType).PlainlyNotAnImage);
}
