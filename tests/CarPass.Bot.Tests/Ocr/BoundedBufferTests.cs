using CarPass.Bot.Flows.Ocr;

namespace CarPass.Bot.Tests.Ocr;

public sealed class BoundedBufferTests
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public async Task Writing_past_the_limit_ends_the_copy_without_reading_the_rest()
    {
        // A file read a chunk at a time, as a download is; sparse, so it costs no disk.
        await using var source = new FileStream(
            Path.GetTempFileName(),
            FileMode.Create,
            FileAccess.ReadWrite,
            FileShare.None,
            4096,
            FileOptions.DeleteOnClose
        );
        source.SetLength(50L * Limit);
        await using var buffer = new BoundedBuffer(Limit);

        await Assert.ThrowsAsync<IOException>(() => source.CopyToAsync(buffer));

        Assert.True(buffer.Overflowed);
        Assert.True(buffer.Length <= Limit);
        Assert.InRange(source.Position, Limit, 2 * Limit);
    }

    [Fact]
    public async Task A_file_within_the_limit_is_kept_whole()
    {
        var content = Enumerable.Range(0, Limit).Select(i => (byte)i).ToArray();
        await using var buffer = new BoundedBuffer(Limit);

        await new MemoryStream(content).CopyToAsync(buffer);

        Assert.False(buffer.Overflowed);
        Assert.Equal(content, buffer.ToArray());
    }
}
