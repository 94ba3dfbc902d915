namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Ownership() =>
        new()
        {
            ["error.vin_taken"] = "This VIN is already in another owner's passport, so it was not saved.",
            ["error.vin_in_your_garage"] = "This VIN is already in your passport «{0}».",
            ["error.vin_taken_elsewhere"] =
                "This VIN is already in another passport in CarPass, so the correction was not sent.",
            ["error.claim_nothing_to_claim"] =
                "This VIN is not in another passport any more: you can add it to your car yourself.",
            ["error.claim_limit"] =
                "You already have {0:plural:claim|claims} waiting for review. Please wait for an answer before sending another.",
            ["error.claim_not_found"] = "This claim was not found.",
            ["error.claim_already_decided"] = "This claim has already been decided.",
            ["error.transfer_used"] = "This transfer link has already been used.",
            ["error.transfer_already_done"] = "This car has already been transferred to another owner.",
            ["error.transfer_cancelled"] = "The seller cancelled this link. Ask them for a new one.",
            ["error.transfer_expired"] = "This link expired on {0:g}. Ask the seller for a new one.",
            ["error.transfer_not_open"] = "This link is not open any more: it was used, cancelled or has expired.",
            ["bot.transfer.link"] =
                "🔑 Transfer link for «{0}». Send it to the buyer: it works once, until {1:g}. The whole passport moves with the car and your access ends. Making a new link cancels this one.",
            ["bot.transfer.cancel"] = "❌ Cancel this link",
            ["bot.transfer.new_link"] = "🔁 New link",
            ["bot.transfer.cancelled"] = "The link for «{0}» is cancelled: nobody can use it now.",
            ["bot.transfer.list_title"] = "Your open transfer links:",
            ["bot.transfer.list_line"] = "«{0}» — until {1:g}",
            ["bot.transfer.cancel_for"] = "❌ Cancel «{0}»",
            ["bot.transfer.none"] =
                "You have no open transfer links. Make one from a vehicle's menu (Transfer ownership).",
            ["bot.transfer.preview"] =
                "You are offered the passport of {0}, with its whole history. The link works until {1:g}. Accept?",
            ["bot.transfer.accept"] = "✅ Accept ownership",
            ["bot.transfer.accepted"] = "✅ {0} is now in your garage.",
            ["bot.transfer.seller_notice"] = "The buyer accepted {0}. Its passport now belongs to them.",
            ["bot.plate.shared"] =
                "Note: this plate is also in another passport. Plates move between cars, so it was saved; please check it is right.",
            ["bot.claim.offer"] =
                "Is this car yours? If you bought it, ask the seller for a transfer link (Transfer ownership in their vehicle menu): the whole history moves to you. If that is not possible, send a claim. Our operators review it; the other owner is not contacted, and neither of you sees the other's details.",
            ["bot.claim.send"] = "📨 Send a claim for review",
            ["bot.claim.try_other"] = "Please type another VIN, or go on without it.",
            ["bot.claim.sent"] =
                "Your claim is with our operators. We will write to you when they decide; until then nothing changes.",
            ["bot.claim.already_sent"] = "You have already sent this claim; it is waiting for review.",
            ["bot.claim.title"] = "📨 Ownership claim of {0:d}",
            ["bot.claim.kind.vin"] = "The claimant typed a VIN that this passport holds.",
            ["bot.claim.kind.duplicate_vin"] =
                "Found when VINs became unique: a later passport had the same VIN, which was set aside here.",
            ["bot.claim.kind.duplicate_owner"] =
                "Found when one owner per car became a rule: a second live owner, whose ownership was set aside here.",
            ["bot.claim.vin"] = "VIN: {0}",
            ["bot.claim.passport"] = "Passport: «{0}» {1}",
            ["bot.claim.owner"] = "Owner: {0}",
            ["bot.claim.claimant"] = "Claimant: {0}",
            ["bot.claim.party"] = "{0} · Telegram id {1}",
            ["bot.claim.uphold"] = "✅ Uphold",
            ["bot.claim.reject"] = "✖ Reject",
            ["bot.claim.none"] = "No open ownership claims.",
            ["bot.claim.upheld_done"] = "Claim upheld; both sides are told.",
            ["bot.claim.rejected_done"] = "Claim rejected; the claimant is told.",
            ["bot.claim.upheld_vin_moved"] = "✅ Your claim was upheld: VIN {0} is now in your passport «{1}».",
            ["bot.claim.upheld_vin_free"] =
                "✅ Your claim was upheld: VIN {0} is free now. Add it in your car's details.",
            ["bot.claim.upheld_owner"] = "✅ Your claim was upheld: «{0}» is in your garage.",
            ["bot.claim.rejected_notice"] = "Our operators reviewed your ownership claim and did not uphold it.",
            ["bot.claim.vin_released_notice"] =
                "After a review, VIN {0} was removed from your passport «{1}»: another person showed the car is theirs. The passport and its history stay with you.",
            ["bot.claim.owner_moved_notice"] =
                "After a review, «{0}» was moved to its other owner, who accepted the transfer at the same time as you.",
        };
}
