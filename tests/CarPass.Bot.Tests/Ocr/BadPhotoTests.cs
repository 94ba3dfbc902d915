using CarPass.Data.Ocr;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>Whatever arrives gets a clear answer; nothing but the scan record is written, and only for a read image.</summary>
[Collection(OcrCollection.Name)]
public sealed class BadPhotoTests(OcrWorld ocr)
{
    private const long TwentyFiveMegabytes = 25L * 1024 * 1024;
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    public static TheoryData<long, string, string, string, int> UnreadableFiles =>
        new()
        {
            { 7201, "corrupt", "image/png", "damaged", 0 },
            { 7202, "huge", "image/png", "too big to read", 0 },
            { 7203, "blank", "image/png", "looks empty", 0 },
            { 7204, "words", "image/png", "No VIN or plate was found", 1 },
            { 7205, "text", "image/jpeg", "That is not a picture", 0 },
        };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task An_unreadable_file_gets_a_clear_answer_and_changes_nothing(
        long owner,
        string file,
        string mimeType,
        string answer,
        int scansKept
    )
    {
        var car = await ocr.CarAsync(owner, "Golf");
        var content = file switch
        {
            "corrupt" => OcrImages.CorruptPng(),
            "huge" => OcrImages.HugePng(),
            "blank" => OcrImages.Blank(),
            "words" => OcrImages.Words(),
            _ => "just some text, no picture"u8.ToArray(),
        };

        var reply = await ocr.World.DocumentAsync(owner, content, mimeType);

        Assert.Contains(answer, reply.Text);
        Assert.Empty(reply.Buttons);
        var vehicle = await ocr.VehicleAsync(car);
        Assert.Equal((null, null), (vehicle.Vin, vehicle.PlateNumber));
        var scans = await ocr.ScansAsync(owner);
        Assert.Equal(scansKept, scans.Count);
        Assert.All(scans, s => Assert.Equal(OcrScanStatus.Discarded, s.Status));
    }

    [Theory]
    [InlineData(7211, null)]
    [InlineData(7212, "image/jpeg")]
    public async Task A_file_over_20_mb_is_refused_before_any_download(long owner, string? mimeType)
    {
        await ocr.CarAsync(owner, "Golf");
        var downloads = ocr.World.Api.CountCalls("getFile");

        var reply = await ocr.World.AnnouncedFileAsync(owner, TwentyFiveMegabytes, mimeType);

        Assert.Contains("too large: at most 20 MB", reply.Text);
        Assert.Equal(downloads, ocr.World.Api.CountCalls("getFile"));
    }

    [Fact]
    public async Task A_file_larger_than_telegram_announced_stops_downloading_at_the_limit()
    {
        const long owner = 7216;
        await ocr.CarAsync(owner, "Golf");
        var content = new byte[2 * TwentyMegabytes];
        // Sent at about 10 MB/s, so what the bot has not read is never pushed at it.
        var fileId = ocr.World.Api.AddFile(content, TimeSpan.FromSeconds(4), sizeKnown: false);

        var reply = await ocr.World.ServedDocumentAsync(owner, fileId, announcedSize: 90_000, "image/jpeg");

        Assert.Contains("too large: at most 20 MB", reply.Text);
        Assert.InRange(ocr.World.Api.BytesSent(fileId), TwentyMegabytes, content.Length * 3 / 4);
    }

    [Fact]
    public async Task A_pdf_is_refused_without_downloading_it()
    {
        const long owner = 7213;
        await ocr.CarAsync(owner, "Golf");
        var downloads = ocr.World.Api.CountCalls("getFile");

        var reply = await ocr.World.DocumentAsync(owner, OcrImages.Pdf(), "application/pdf");

        Assert.Contains("That is not a picture", reply.Text);
        Assert.Equal(downloads, ocr.World.Api.CountCalls("getFile"));
        Assert.Empty(await ocr.ScansAsync(owner));
    }

    [Fact]
    public async Task Unreadable_photos_count_against_the_limit_and_the_next_is_refused_before_any_download()
    {
        const long owner = 7214;
        await ocr.CarAsync(owner, "Golf");
        Assert.Contains("looks empty", (await ocr.World.PhotoAsync(owner, OcrImages.Blank())).Text);
        Assert.Contains("damaged", (await ocr.World.DocumentAsync(owner, OcrImages.CorruptPng(), "image/png")).Text);
        Assert.Contains(
            "not a picture",
            (await ocr.World.DocumentAsync(owner, OcrImages.Pdf(), "application/pdf")).Text
        );
        var downloads = ocr.World.Api.CountCalls("getFile");

        var reply = await ocr.World.PhotoAsync(owner, OcrImages.Vin("WVWZZZ1JZXW000001"));

        Assert.Matches(@"Please try again in \d+ minutes", reply.Text);
        Assert.Equal(downloads, ocr.World.Api.CountCalls("getFile"));
        Assert.Empty(await ocr.ScansAsync(owner));
        Assert.Equal(OcrWorld.MaxScans, await ocr.AttemptsAsync(owner));
    }

    [Fact]
    public async Task A_photo_telegram_cannot_hand_over_gets_a_clear_answer()
    {
        const long owner = 7215;
        await ocr.CarAsync(owner, "Golf");

        var reply = await ocr.World.AnnouncedFileAsync(owner, 120_000);

        Assert.Contains("could not be fetched", reply.Text);
        Assert.Empty(await ocr.ScansAsync(owner));
    }
}
