namespace CarPass.Domain.Texts;

/// <summary>Russian texts, split by feature into the RussianTexts.*.cs parts.</summary>
public static partial class RussianTexts
{
    public static IReadOnlyDictionary<string, string> All { get; } =
        TextTable.Merge(
            MissingItems(),
            Statuses(),
            Catalogues(),
            Achievements(),
            Errors(),
            WriteErrors(),
            ServiceErrors(),
            Bot(),
            ServiceLoop(),
            MiniApp(),
            Ocr(),
            Notifications(),
            BotOcr(),
            CenterLimits(),
            NotificationControl(),
            Ownership(),
            VisitWork(),
            Flows(),
            DataFiles(),
            Report(),
            VinDecode(),
            Charging(),
            Documents(),
            BotDocuments()
        );
}
