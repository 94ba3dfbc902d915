using CarPass.Data.Reports;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;
using Microsoft.Extensions.Options;

namespace CarPass.Report;

/// <summary>
/// Makes a report the one way the bot and the Mini App share: read the content as the owner sees
/// it, open its share link (the write checks ownership and the lifetime), then print the PDF with
/// the link's id and QR code.
/// </summary>
public sealed class ReportMaker(ReportReader reader, ShareLinkUseCases links, IOptions<ReportOptions> options)
{
    public async Task<Outcome<MadeReport>> MakeAsync(
        Guid ownerUserId,
        ReportRequest request,
        Language language,
        TimeZoneInfo zone,
        string? miniAppUrl,
        CancellationToken ct
    )
    {
        if (await reader.ReadAsync(ownerUserId, request.VehicleId, ct) is not { } content)
            return new DomainError(ErrorCodes.VehicleNotFound);
        var created = await links.CreateAsync(ownerUserId, request, ReportSnapshot.Of(content), ct);
        if (!created.IsSuccess)
            return created.Error;
        var (link, token) = created.Value;
        var url = options.Value.LinkTo(token, miniAppUrl);
        var paper = new ReportPaper(
            language,
            zone,
            link.ReportId,
            url,
            link.CreatedAt,
            link.ExpiresAt,
            link.AuthorFirstName,
            link.FullIdentity
        );
        return new MadeReport(
            link,
            url,
            ReportPdf.Render(content, paper),
            $"CarPass-{link.ReportId}.pdf",
            content.Identity.Name
        );
    }
}
