using System.Threading.Channels;

namespace CarPass.Bot.Webhook;

/// <summary>Wakes this instance's inbox worker when its webhook recorded an update; other instances poll.</summary>
public sealed class InboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }
    );

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Returns when notified or after the interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(interval);
        try
        {
            await _channel.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The interval passed without a notice: look for work other instances recorded.
        }
    }
}
