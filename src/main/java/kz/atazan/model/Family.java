package kz.atazan.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The families of actions whose wordings before the text of 2019 are modelled: an action of one of
 * them is answered from the first day of the Constitution of 1995, every other action from the first
 * day of the 2019 text (before it, {@code undetermined}: the wording then is not modelled).
 *
 * <p>A family names its actions (its actors, their acts and their targets: every combination of the
 * three) and the provisions of the 1995 Constitution its rules cite, each with the day its first
 * wording took effect: the day the Constitution of 1995 took effect, or, for a provision that an
 * amendment created, that amendment's day. The build refuses a provision so declared whose wordings do
 * not start on that day, and a rule of an edition before 2019 citing a provision no family declares (no
 * action would ever ask it); a test checks that every rule speaking to a family's action cites one of
 * its provisions.
 */
public enum Family {
    // Art. 87(4): the akims of oblasts, cities of republican significance and the capital, and the
    // akims of the other units, in each edition since 1995; Art. 43(4), the bar on the President's
    // close relatives, from 2022
    PRESIDENT_APPOINTS_AKIMS(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            Map.of("Art. 87(4)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 87(4), in each edition since 1995: the President dismisses any akim at his discretion (from
    // 8 June 2022 only the akims of oblasts, cities of republican significance and the capital)
    PRESIDENT_DISMISSES_AKIMS(Entity.PRESIDENT, Act.DISMISS,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            Map.of("Art. 87(4)", Edition.TEXT_OF_1995)),
    // Art. 44(3), in each edition since 1995 (the consent of Parliament, from 2007 of the Majilis);
    // Art. 56(1)(2), the Majilis's consent, which Law No. 254-III of 2007 made; Art. 43(4), the bar on
    // the President's close relatives, from 2022
    PRESIDENT_APPOINTS_PRIME_MINISTER(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.PRIME_MINISTER),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 56(1)(2)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 44(3): the President puts the candidate for Prime Minister before the Majilis after consulting
    // its party factions, from 2007; in 1995 and 1998 the text names no submission (left open)
    PRESIDENT_NOMINATES_PRIME_MINISTER(Entity.PRESIDENT, Act.NOMINATE, Set.of(Entity.PRIME_MINISTER),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995)),
    // Art. 44(3) of 1995 and 1998 («с согласия Парламента»): Parliament's consent to the Prime Minister,
    // not a Chamber's alone nor anyone else's, until 20 May 2007; Art. 56(1)(2), which Law No. 254-III of
    // 2007 made: from then the Majilis's exclusive power, by a majority of all its deputies (legal
    // decisions 148, 226 and 219)
    BODIES_CONSENT_TO_PRIME_MINISTER(
            everyone(),
            Act.CONSENT,
            Set.of(Entity.PRIME_MINISTER),
            withOfficesEnded(Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 56(1)(2)", Edition.LAW_OF_21_MAY_2007))),
    // Art. 44(3) (in each edition since 1995, the acts of the oblast-level akims) and Art. 88(4) (the same
    // words from 1995 to 7 June 2022; the lower akims' acts left open by «соответственно»): the President
    // cancels or suspends akims' acts
    PRESIDENT_REVOKES_AKIMS_ACTS(Entity.PRESIDENT, Act.REVOKE_ACT,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 88(4)", Edition.TEXT_OF_1995)),
    // Art. 44(3) (the Government's acts until 9 March 2017, the Prime Minister's from 21 May 2007 to 9 March
    // 2017) and Art. 44(21) (its first wording of 1995; cited for these acts from 10 March 2017, when Law
    // No. 51-VI struck both out and only the "other powers" under the laws remained): the President cancels
    // the Government's and the Prime Minister's acts
    PRESIDENT_REVOKES_GOVERNMENT_ACTS(Entity.PRESIDENT, Act.REVOKE_ACT, Set.of(Entity.GOVERNMENT, Entity.PRIME_MINISTER),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 44(21)", Edition.TEXT_OF_1995)),
    // Art. 88(4) (the oblast-level akims) and Art. 66(7) (the acts of ministries and of central and local
    // executive bodies), each in the same words in every edition since 1995: the Government cancels or
    // suspends akims' and ministers' acts
    GOVERNMENT_REVOKES_ACTS(Entity.GOVERNMENT, Act.REVOKE_ACT,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT, Entity.MINISTER),
            Map.of("Art. 88(4)", Edition.TEXT_OF_1995, "Art. 66(7)", Edition.TEXT_OF_1995)),
    // Art. 88(4), the same words from 1995 to 7 June 2022: the higher akim cancels the lower akims' acts
    AKIM_REVOKES_AKIMS_ACTS(Entity.AKIM, Act.REVOKE_ACT, Set.of(Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            Map.of("Art. 88(4)", Edition.TEXT_OF_1995)),
    // Art. 88(3) and 88(4), the same words from 1995 (88(3) to 2026, 88(4) to 7 June 2022): a court
    // cancels maslikhats' decisions and akims' decisions and orders
    COURTS_REVOKE_LOCAL_ACTS(Set.of(Entity.COURT, Entity.SUPREME_COURT),
            Act.REVOKE_ACT,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT, Entity.MASLIKHAT),
            Map.of("Art. 88(3)", Edition.TEXT_OF_1995, "Art. 88(4)", Edition.TEXT_OF_1995)),
    // Art. 44(3) and Art. 70(7), in each edition since 1995: the President dismisses the Prime Minister
    // and ends the Government's powers (written `dismiss`); Art. 48 of 1995, the acting President's bar
    PRESIDENT_DISMISSES_GOVERNMENT(Entity.PRESIDENT, Act.DISMISS, Set.of(Entity.PRIME_MINISTER, Entity.GOVERNMENT),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 70(7)", Edition.TEXT_OF_1995, "Art. 48", Edition.TEXT_OF_1995)),
    // the same decision to end the Government's powers, written `dissolve`: Art. 70(7) and Art. 48 of 1995
    PRESIDENT_DISSOLVES_GOVERNMENT(Entity.PRESIDENT, Act.DISSOLVE, Set.of(Entity.GOVERNMENT),
            Map.of("Art. 70(7)", Edition.TEXT_OF_1995, "Art. 48", Edition.TEXT_OF_1995)),
    // Art. 47(1) and 47(2), in each edition since 1995: only Parliament, at a joint sitting, removes the
    // President, for lasting illness or high treason, by three quarters of each Chamber, on the opinions the
    // text names; neither Chamber alone nor any other body does
    REMOVAL_OF_PRESIDENT(
            everyone(),
            Act.REMOVE,
            Set.of(Entity.PRESIDENT),
            withOfficesEnded(Map.of("Art. 47(1)", Edition.TEXT_OF_1995, "Art. 47(2)", Edition.TEXT_OF_1995))),
    // Art. 47(2), in each edition since 1995: the Majilis brings the charge of high treason, on the
    // initiative of a third and by a majority of all its deputies; Art. 47(3), not while the President
    // considers ending Parliament's powers (from 2007 also the Majilis's)
    MAJILIS_BRINGS_TREASON_CHARGE(Entity.MAJILIS, Act.BRING_CHARGE, Set.of(Entity.PRESIDENT, Entity.TREASON_CHARGE),
            Map.of("Art. 47(2)", Edition.TEXT_OF_1995, "Art. 47(3)", Edition.TEXT_OF_1995)),
    // Art. 48(1), of 1995 (the Chair of the Senate, then the Prime Minister, performs the President's
    // duties for the time being) and of Law No. 284-I of 1998 (his powers for the rest of the term, to
    // the Chair of the Senate, the Chair of the Majilis, the Prime Minister): who takes over when the
    // office falls vacant early; everyone else's taking over is denied by the same words
    SUCCESSION_TO_PRESIDENT(
            everyone(),
            Act.SUCCEED,
            Set.of(Entity.PRESIDENT),
            withOfficesEnded(Map.of("Art. 48(1)", Edition.TEXT_OF_1995))),
    // Art. 44(16) (a state of emergency, after consultations with the Prime Minister and the Chairs of the
    // Chambers) and Art. 44(17) (martial law and mobilisation, on aggression), in the same words in each
    // edition since 1995
    PRESIDENT_DECLARES_EMERGENCY(Entity.PRESIDENT, Act.DECLARE, Set.of(Entity.STATE_OF_EMERGENCY, Entity.MARTIAL_LAW, Entity.MOBILISATION),
            Map.of("Art. 44(16)", Edition.TEXT_OF_1995, "Art. 44(17)", Edition.TEXT_OF_1995)),
    // Art. 44(20) (the Security Council, the Higher Judicial Council, from 2007 the Assembly of the People;
    // in each edition since 1995) and Art. 65(1) (the Government, in the same words since 1995): the
    // bodies the President forms; no one else forms the Government
    PRESIDENT_FORMS_BODIES(Entity.PRESIDENT, Act.FORM,
            Set.of(Entity.SECURITY_COUNCIL, Entity.ASSEMBLY_OF_PEOPLE, Entity.HIGHER_JUDICIAL_COUNCIL, Entity.GOVERNMENT),
            Map.of("Art. 44(20)", Edition.TEXT_OF_1995, "Art. 65(1)", Edition.TEXT_OF_1995)),
    PRIME_MINISTER_FORMS_GOVERNMENT(Entity.PRIME_MINISTER, Act.FORM, Set.of(Entity.GOVERNMENT), Map.of("Art. 65(1)", Edition.TEXT_OF_1995)),
    // Art. 65(1), the same words from 1995: the President forms the Government; no one else does
    OTHERS_FORM_GOVERNMENT(everyoneBut(Entity.PRESIDENT, Entity.PRIME_MINISTER), Act.FORM, Set.of(Entity.GOVERNMENT),
            withOfficesEnded(Map.of("Art. 65(1)", Edition.TEXT_OF_1995))),
    // Art. 63(1) and (2), in each edition since 1995 (until 2007 Parliament alone, in three cases; from
    // 2007 Parliament or the Majilis, after consultations); Art. 48 of 1995, the acting President's bar
    PRESIDENT_DISSOLVES_PARLIAMENT(Entity.PRESIDENT, Act.DISSOLVE, Set.of(Entity.PARLIAMENT, Entity.MAJILIS, Entity.SENATE),
            Map.of("Art. 63(1)", Edition.TEXT_OF_1995, "Art. 63(2)", Edition.TEXT_OF_1995, "Art. 48", Edition.TEXT_OF_1995)),
    // Art. 41(1) and 41(5), in each edition since 1995 (the term five years, seven from 1998, five from
    // 2007); Art. 42(5), the bar on more than two terms in a row, from 2007 not for the First President;
    // Art. 94-2, which applies the one-election limit of 17 September 2022
    VOTERS_ELECT_PRESIDENT(Entity.VOTERS, Act.ELECT, Set.of(Entity.PRESIDENT),
            Map.of("Art. 41(1)", Edition.TEXT_OF_1995, "Art. 41(5)", Edition.TEXT_OF_1995, "Art. 42(5)", Edition.TEXT_OF_1995,
                    "Art. 94-2", Edition.LAW_OF_17_SEPTEMBER_2022)),
    // the President calls an extraordinary presidential election: Art. 56(4) of 1995 (the Majilis's, until
    // 6 October 1998), Art. 94(1) as Law No. 284-I of 1998 worded it (no provision grants him the power;
    // the Majilis calls the one early election it provides for), Art. 41(3-1) of Law No. 403-IV of 2011
    // (his decision)
    PRESIDENT_CALLS_EARLY_PRESIDENTIAL_ELECTION(Entity.PRESIDENT, Act.CALL, Set.of(Entity.EARLY_PRESIDENTIAL_ELECTION),
            Map.of("Art. 56(4)", Edition.TEXT_OF_1995, "Art. 94(1)", Edition.LAW_OF_7_OCTOBER_1998,
                    "Art. 41(3-1)", Edition.LAW_OF_2_FEBRUARY_2011)),
    // the President calls the regular presidential election: Art. 56(4) of 1995 and 1998, Art. 56(1)(3) as
    // Law No. 254-III of 2007 worded it; in every wording the Majilis's exclusive power
    PRESIDENT_CALLS_PRESIDENTIAL_ELECTION(Entity.PRESIDENT, Act.CALL, Set.of(Entity.PRESIDENTIAL_ELECTION),
            Map.of("Art. 56(4)", Edition.TEXT_OF_1995, "Art. 56(1)(3)", Edition.LAW_OF_21_MAY_2007)),
    // the President calls regular and extraordinary elections to Parliament: Art. 44(2), in each edition
    // since 1995 (to Parliament; from 2007 to Parliament and its Chambers)
    PRESIDENT_CALLS_PARLIAMENTARY_ELECTION(Entity.PRESIDENT, Act.CALL, Set.of(Entity.PARLIAMENTARY_ELECTION),
            Map.of("Art. 44(2)", Edition.TEXT_OF_1995)),
    // the Majilis announces the regular presidential election: Art. 56(4) of 1995 and 1998, Art. 56(1)(3)
    // as Law No. 254-III of 2007 worded it; by a majority of all its deputies (Art. 62(5))
    MAJILIS_CALLS_PRESIDENTIAL_ELECTION(Entity.MAJILIS, Act.CALL, Set.of(Entity.PRESIDENTIAL_ELECTION),
            Map.of("Art. 56(4)", Edition.TEXT_OF_1995, "Art. 56(1)(3)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 62(5)", Edition.TEXT_OF_1995)),
    // Art. 53(7) of 1995, Parliament's vote until 2007; Art. 61(7), in each edition since 1995, after the
    // Prime Minister's question of confidence; Art. 53(2), cited from 2007 (the report not approved), whose
    // 1995 wording, the budget's and the reports' approval, BUDGET_REPORT_APPROVED cites; Art. 53(8), cited
    // from 2007 (the closing item), whose 1995 wording, war and peace, PARLIAMENT_DECIDES_WAR_AND_PEACE cites
    PARLIAMENT_NO_CONFIDENCE_IN_GOVERNMENT(Entity.PARLIAMENT, Act.NO_CONFIDENCE, Set.of(Entity.GOVERNMENT),
            Map.of("Art. 53(7)", Edition.TEXT_OF_1995, "Art. 61(7)", Edition.TEXT_OF_1995,
                    "Art. 53(2)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // war and peace: Art. 53(8) of 1995 and 1998, Art. 53(4) from Law No. 254-III of 2007 (the same words);
    // Art. 62(5), the majority of all the deputies of both Chambers, in each edition since 1995
    PARLIAMENT_DECIDES_WAR_AND_PEACE(Entity.PARLIAMENT, Act.DECIDE, Set.of(Entity.WAR_AND_PEACE),
            Map.of("Art. 53(8)", Edition.TEXT_OF_1995, "Art. 53(4)", Edition.LAW_OF_21_MAY_2007, "Art. 62(5)", Edition.TEXT_OF_1995)),
    // Art. 53(7) of 1995 (until 2007 the vote is Parliament's at a joint sitting); Art. 56(2), the
    // Majilis's own vote, which Law No. 254-III of 2007 made
    MAJILIS_NO_CONFIDENCE_IN_GOVERNMENT(Entity.MAJILIS, Act.NO_CONFIDENCE, Set.of(Entity.GOVERNMENT),
            Map.of("Art. 53(7)", Edition.TEXT_OF_1995, "Art. 56(2)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 61(7), in each edition since 1995: the Prime Minister puts the question of confidence; Art. 70,
    // cited whole, from 2007 to 2017 also before a newly elected Majilis (Law No. 254-III made the
    // paragraph, Law No. 51-VI struck it out)
    PRIME_MINISTER_REQUESTS_CONFIDENCE(Entity.PRIME_MINISTER, Act.REQUEST_CONFIDENCE, Set.of(Entity.GOVERNMENT, Entity.PARLIAMENT),
            Map.of("Art. 61(7)", Edition.TEXT_OF_1995, "Art. 70", Edition.LAW_OF_21_MAY_2007)),
    // Art. 61(7), in each edition since 1995: the question of confidence is the Prime Minister's to put,
    // not the Government's as a body, the President's, a minister's (legal decision 230) or anyone else's
    OTHERS_REQUEST_CONFIDENCE(
            everyoneBut(Entity.PRIME_MINISTER),
            Act.REQUEST_CONFIDENCE,
            Set.of(Entity.GOVERNMENT, Entity.PARLIAMENT),
            withOfficesEnded(Map.of("Art. 61(7)", Edition.TEXT_OF_1995))),
    // Art. 70(2) and 70(3), in each edition since 1995: the Government declares its resignation
    GOVERNMENT_RESIGNS(Entity.GOVERNMENT, Act.RESIGN, Set.of(Entity.GOVERNMENT),
            Map.of("Art. 70(2)", Edition.TEXT_OF_1995, "Art. 70(3)", Edition.TEXT_OF_1995)),
    // Art. 70(2), in each edition since 1995 («любой его член»): the Prime Minister and each minister
    // declare their own resignation
    PRIME_MINISTER_RESIGNS(Entity.PRIME_MINISTER, Act.RESIGN, Set.of(Entity.PRIME_MINISTER), Map.of("Art. 70(2)", Edition.TEXT_OF_1995)),
    MINISTER_RESIGNS(Entity.MINISTER, Act.RESIGN, Set.of(Entity.MINISTER), Map.of("Art. 70(2)", Edition.TEXT_OF_1995)),
    MINISTER_OF_FOREIGN_AFFAIRS_RESIGNS(Entity.MINISTER_OF_FOREIGN_AFFAIRS, Act.RESIGN, Set.of(Entity.MINISTER_OF_FOREIGN_AFFAIRS),
            Map.of("Art. 70(2)", Edition.TEXT_OF_1995)),
    MINISTER_OF_DEFENCE_RESIGNS(Entity.MINISTER_OF_DEFENCE, Act.RESIGN, Set.of(Entity.MINISTER_OF_DEFENCE),
            Map.of("Art. 70(2)", Edition.TEXT_OF_1995)),
    MINISTER_OF_INTERNAL_AFFAIRS_RESIGNS(Entity.MINISTER_OF_INTERNAL_AFFAIRS, Act.RESIGN, Set.of(Entity.MINISTER_OF_INTERNAL_AFFAIRS),
            Map.of("Art. 70(2)", Edition.TEXT_OF_1995)),
    // Art. 23(1) and 23(2), the same words from 1995 to 7 June 2022 (the 2022 list from 8 June 2022): a
    // person joins a political party, servicemen, officers of the national security and law-enforcement
    // bodies and judges barred (the Prosecutor General and the Ministers of Internal Affairs and of Defence
    // left to the laws); the President: Art. 43(2) of 1995 (he suspends his activity in a party; whether
    // he may join one left open), struck out on 21 May 2007, and Art. 43(3), the bar from 8 June 2022; the
    // Constitutional Council's members with Art. 72(1), whose wording of 2023 ends the Council. The holders
    // of the other offices every wording since 1995 names (the Chairs of the Chambers, of the National Bank,
    // the State Secretary, the heads of diplomatic missions, the akims) join as citizens, named in no bar of
    // Art. 23(2) before 8 June 2022 (legal decision 250), and so do the holders of the offices a wording before
    // 2019 does not name (the Commissioner for Human Rights, the Vice President, the State Counselor, the heads
    // of the bodies subordinate to the President, political civil servants, the heads of quasi-public
    // entities); whether the head of the Service guarding the President is a serviceman or a national security
    // officer is left to the laws, as the Prosecutor General's question (legal decision 270)
    PERSONS_JOIN_PARTY(
            Set.of(Entity.CITIZEN, Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT, Entity.JUDGE_OF_LOCAL_COURT,
                    Entity.MILITARY_SERVICEMAN, Entity.SUPREME_COMMAND_OF_ARMED_FORCES, Entity.NATIONAL_SECURITY_OFFICER,
                    Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE, Entity.LAW_ENFORCEMENT_OFFICER, Entity.PROSECUTOR_GENERAL,
                    Entity.MINISTER_OF_INTERNAL_AFFAIRS, Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_FOREIGN_AFFAIRS,
                    Entity.MINISTER, Entity.PRIME_MINISTER, Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION,
                    Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION, Entity.CHAIR_OF_ACCOUNTS_COMMITTEE,
                    Entity.MEMBER_OF_ACCOUNTS_COMMITTEE, Entity.MAJILIS_DEPUTY, Entity.ELECTED_SENATOR, Entity.APPOINTED_SENATOR,
                    Entity.CHAIR_OF_SENATE, Entity.CHAIR_OF_MAJILIS, Entity.CHAIR_OF_NATIONAL_BANK, Entity.STATE_SECRETARY,
                    Entity.HEAD_OF_DIPLOMATIC_MISSION, Entity.AKIM_OF_REGION,
                    Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL, Entity.AKIM_OF_DISTRICT,
                    Entity.AKIM_OF_RURAL_DISTRICT, Entity.OMBUDSMAN, Entity.VICE_PRESIDENT, Entity.STATE_COUNSELOR,
                    Entity.HEAD_OF_SUBORDINATE_BODY, Entity.POLITICAL_CIVIL_SERVANT, Entity.HEAD_OF_QUASI_PUBLIC_ENTITY,
                    Entity.HEAD_OF_STATE_PROTECTION_SERVICE),
            Act.JOIN_PARTY,
            Set.of(Entity.POLITICAL_PARTY),
            Map.of("Art. 23(1)", Edition.TEXT_OF_1995, "Art. 23(2)", Edition.TEXT_OF_1995)),
    PRESIDENT_JOINS_PARTY(Entity.PRESIDENT,
            Act.JOIN_PARTY,
            Set.of(Entity.POLITICAL_PARTY),
            Map.of("Art. 23(1)", Edition.TEXT_OF_1995, "Art. 43(2)", Edition.TEXT_OF_1995, "Art. 43(3)", Edition.LAW_OF_8_JUNE_2022)),
    CONSTITUTIONAL_COUNCIL_MEMBERS_JOIN_PARTY(
            Set.of(Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL),
            Act.JOIN_PARTY,
            Set.of(Entity.POLITICAL_PARTY),
            Map.of("Art. 23(1)", Edition.TEXT_OF_1995, "Art. 23(2)", Edition.TEXT_OF_1995, "Art. 72(1)", Edition.TEXT_OF_1995)),
    // Art. 70(4) and 70(6), in each edition since 1995: the President accepts or declines the resignation
    // of the Government or of a member of it; Art. 48 of 1995, the acting President's bar on ending the
    // Government's powers, which accepting the Government's or the Prime Minister's resignation does (Art. 70(5))
    PRESIDENT_ACCEPTS_RESIGNATION(Entity.PRESIDENT, Act.ACCEPT_RESIGNATION, membersOfGovernment(),
            Map.of("Art. 70(4)", Edition.TEXT_OF_1995, "Art. 48", Edition.TEXT_OF_1995)),
    PRESIDENT_DECLINES_RESIGNATION(Entity.PRESIDENT, Act.DECLINE_RESIGNATION, membersOfGovernment(),
            Map.of("Art. 70(4)", Edition.TEXT_OF_1995, "Art. 70(6)", Edition.TEXT_OF_1995)),
    // Art. 71(2) and 71(3), in each edition since 1995: the President appoints the Chair and two members
    // of the Constitutional Council; Art. 99(1), from 8 June 2022 no one appoints them, and Art. 72(1),
    // from 2023 the Council is gone (both cited only from those days); Art. 43(4), from 2022
    PRESIDENT_APPOINTS_CONSTITUTIONAL_COUNCIL(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL),
            councilsEnd(Map.of("Art. 71(2)", Edition.TEXT_OF_1995, "Art. 71(3)", Edition.TEXT_OF_1995))),
    // Art. 71(3): until 20 May 2007 the Chairs of the Chambers appoint the other members, from 21 May
    // 2007 the Chambers (Art. 57(1), which from that day names this appointment and is cited for it from
    // then, on their Chairs' proposal, Art. 58(3)(7), by a majority of all their deputies, Art. 62(5))
    CHAMBERS_APPOINT_CONSTITUTIONAL_COUNCIL(Set.of(Entity.SENATE, Entity.MAJILIS),
            Act.APPOINT,
            Set.of(Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL),
            councilsEnd(Map.of("Art. 71(3)", Edition.TEXT_OF_1995, "Art. 58(3)(7)", Edition.TEXT_OF_1995,
                    "Art. 57(1)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995))),
    // Art. 71(3) and 58(3)(7): the Chairs of the Chambers appoint two members each until 20 May 2007,
    // from 21 May 2007 they only propose the candidates
    CHAIRS_OF_CHAMBERS_APPOINT_CONSTITUTIONAL_COUNCIL(Set.of(Entity.CHAIR_OF_SENATE, Entity.CHAIR_OF_MAJILIS),
            Act.APPOINT,
            Set.of(Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL),
            councilsEnd(Map.of("Art. 71(3)", Edition.TEXT_OF_1995, "Art. 58(3)(7)", Edition.TEXT_OF_1995))),
    // Art. 82(1), in each edition since 1995: the President proposes the Chair and the judges of the
    // Supreme Court to the Senate, on the Higher Judicial Council's recommendation
    PRESIDENT_NOMINATES_SUPREME_COURT(Entity.PRESIDENT, Act.NOMINATE, Set.of(Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT),
            Map.of("Art. 82(1)", Edition.TEXT_OF_1995)),
    // Art. 82(1): the Senate, not the President, elects the Supreme Court; Art. 82(2), the judges of the
    // other courts (until 2007 of oblast and equal courts), and Art. 82(3) of 1995 and 1998, the other
    // courts' on the Minister of Justice's proposal; Art. 43(4), the bar on close relatives, from 2022
    PRESIDENT_APPOINTS_JUDGES(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT, Entity.JUDGE_OF_LOCAL_COURT),
            Map.of("Art. 82(1)", Edition.TEXT_OF_1995, "Art. 82(2)", Edition.TEXT_OF_1995, "Art. 82(3)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 82(1) and 55(1), in each edition since 1995: the Senate elects the Chair and the judges of the
    // Supreme Court on the President's proposal, by a majority of all its deputies (Art. 62(5));
    // Art. 43(4), from 2022
    SENATE_ELECTS_SUPREME_COURT(Entity.SENATE, Act.ELECT, Set.of(Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT),
            Map.of("Art. 82(1)", Edition.TEXT_OF_1995, "Art. 55(1)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 82(4), in each edition since 1995: the President appoints the members of the Higher Judicial
    // Council, and its Chair from 1998 (in 1995 he heads it himself: no Chair); from 2022 the Chair with
    // the Senate's consent (Art. 44(4), 55(2)) and the members as the law provides (Art. 82(5)); Art. 43(4)
    PRESIDENT_APPOINTS_HIGHER_JUDICIAL_COUNCIL(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, Entity.MEMBER_OF_HIGHER_JUDICIAL_COUNCIL),
            Map.of("Art. 82(4)", Edition.TEXT_OF_1995, "Art. 82(5)", Edition.LAW_OF_8_JUNE_2022, "Art. 44(4)", Edition.TEXT_OF_1995,
                    "Art. 55(2)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 44(7), in each edition since 1995: the President appoints the Chair of the Accounts Committee
    // (1995), and two of its members (from 1998), the Chair and two members of the Central Election
    // Commission (from 2007); Art. 57(1) of 1995, the members of the Accounts Committee are the Chambers'
    // (and the Government's, Art. 66(9)); Art. 56(3) of 1995 and 1998, the Central Election Commission is
    // elected by the Majilis on his proposal; Art. 99(1) from 2022; Art. 43(4), from 2022
    PRESIDENT_APPOINTS_ELECTION_AND_AUDIT_BODIES(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION, Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION,
                    Entity.CHAIR_OF_ACCOUNTS_COMMITTEE, Entity.MEMBER_OF_ACCOUNTS_COMMITTEE),
            electionAndAuditBodies()),
    // Art. 57(1), in each edition since 1995: each Chamber appoints members of the Accounts Committee,
    // from 2007 of the Central Election Commission too, on its Chair's proposal (Art. 58(3)(7) from 2007),
    // by a majority of all its deputies (Art. 62(5)); until 2007 the Majilis elects the Commission on the
    // President's proposal and no one appoints it (Art. 56(3))
    CHAMBERS_APPOINT_ELECTION_AND_AUDIT_MEMBERS(Set.of(Entity.SENATE, Entity.MAJILIS),
            Act.APPOINT,
            Set.of(Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION, Entity.MEMBER_OF_ACCOUNTS_COMMITTEE),
            electionAndAuditBodies()),
    // Art. 55(1), in each edition since 1995: the Senate releases the Chair and the judges of the Supreme
    // Court on the President's proposal, by a majority of all its deputies (Art. 62(5))
    SENATE_DISMISSES_SUPREME_COURT(Entity.SENATE, Act.DISMISS, Set.of(Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT),
            Map.of("Art. 55(1)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995)),
    // Art. 44(3), in each edition since 1995: the President appoints the members of the Government on
    // the Prime Minister's proposal, from 2007 the ministers of foreign affairs, defence and internal
    // affairs (and of justice until 2017) himself; Art. 43(4), from 2022
    PRESIDENT_APPOINTS_MINISTERS(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.MINISTER, Entity.MINISTER_OF_FOREIGN_AFFAIRS, Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_INTERNAL_AFFAIRS),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 44(3) and Art. 70(7), in each edition since 1995: the President dismisses the members of the
    // Government on his own initiative (70(7)), until 2007 also on the Prime Minister's proposal (44(3)),
    // from 2007 with no one's proposal under 44(3) too
    PRESIDENT_DISMISSES_MINISTERS(Entity.PRESIDENT, Act.DISMISS,
            Set.of(Entity.MINISTER, Entity.MINISTER_OF_FOREIGN_AFFAIRS, Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_INTERNAL_AFFAIRS),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 70(7)", Edition.TEXT_OF_1995)),
    // Art. 44 of 1995 (its item 5 until 2007, a number that later holds another power) and Art. 44(4)
    // from 2007: the President appoints the Prosecutor General and the Chair of the National Security
    // Committee with the Senate's consent (Art. 55(2), in each edition since 1995); Art. 43(4), from 2022
    PRESIDENT_APPOINTS_CENTRAL_OFFICIALS(Entity.PRESIDENT, Act.APPOINT,
            Set.of(Entity.PROSECUTOR_GENERAL, Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE),
            Map.of("Art. 44", Edition.TEXT_OF_1995, "Art. 44(4)", Edition.TEXT_OF_1995, "Art. 55(2)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // the same items: he dismisses them with no one's consent
    PRESIDENT_DISMISSES_CENTRAL_OFFICIALS(Entity.PRESIDENT, Act.DISMISS,
            Set.of(Entity.PROSECUTOR_GENERAL, Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE),
            Map.of("Art. 44", Edition.TEXT_OF_1995, "Art. 44(4)", Edition.TEXT_OF_1995)),
    // Art. 55(2), in each edition since 1995: the Senate's consent to those appointments, by a majority
    // of all its deputies (Art. 62(5)), its exclusive power: anyone else's consent, Parliament's and the
    // Majilis's included, denied in each wording (legal decisions 138 and 231)
    BODIES_CONSENT_TO_CENTRAL_OFFICIALS(everyone(), Act.CONSENT,
            Set.of(Entity.PROSECUTOR_GENERAL, Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE),
            withOfficesEnded(Map.of("Art. 55(2)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995))),
    // Art. 44(4), in each edition since 1995: the President appoints the Chair of the National Bank
    // with the consent of Parliament (until 20 May 2007), of the Senate (from 21 May 2007, Art. 55(2));
    // Art. 43(4), from 2022
    PRESIDENT_APPOINTS_CHAIR_OF_NATIONAL_BANK(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.CHAIR_OF_NATIONAL_BANK),
            Map.of("Art. 44(4)", Edition.TEXT_OF_1995, "Art. 55(2)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 55(2) from 2007: the Senate's consent to that appointment, by a majority of all its deputies
    // (Art. 62(5)), its exclusive power; Art. 44(4) of 1995 and 1998, Parliament's consent then, not the
    // Senate's nor anyone else's (legal decisions 149, 231 and 232)
    BODIES_CONSENT_TO_CHAIR_OF_NATIONAL_BANK(everyone(), Act.CONSENT, Set.of(Entity.CHAIR_OF_NATIONAL_BANK),
            withOfficesEnded(Map.of("Art. 44(4)", Edition.TEXT_OF_1995, "Art. 55(2)", Edition.TEXT_OF_1995,
                    "Art. 62(5)", Edition.TEXT_OF_1995))),
    // the same item: he dismisses the Chair with no one's consent
    PRESIDENT_DISMISSES_CHAIR_OF_NATIONAL_BANK(Entity.PRESIDENT, Act.DISMISS, Set.of(Entity.CHAIR_OF_NATIONAL_BANK),
            Map.of("Art. 44(4)", Edition.TEXT_OF_1995)),
    // Art. 44(6), in each edition since 1995: the President appoints the heads of diplomatic missions with
    // no one's consent; Art. 43(4), the bar on the President's close relatives, from 2022
    PRESIDENT_APPOINTS_DIPLOMATS(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.HEAD_OF_DIPLOMATIC_MISSION),
            Map.of("Art. 44(6)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // the same item: he recalls them
    PRESIDENT_RECALLS_DIPLOMATS(Entity.PRESIDENT, Act.RECALL, Set.of(Entity.HEAD_OF_DIPLOMATIC_MISSION),
            Map.of("Art. 44(6)", Edition.TEXT_OF_1995)),
    // Art. 44(19), in each edition since 1995 (the same words): the President appoints and dismisses the
    // State Secretary; Art. 43(4), the bar on the President's close relatives, from 2022
    PRESIDENT_APPOINTS_STATE_SECRETARY(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.STATE_SECRETARY),
            Map.of("Art. 44(19)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    PRESIDENT_DISMISSES_STATE_SECRETARY(Entity.PRESIDENT, Act.DISMISS, Set.of(Entity.STATE_SECRETARY),
            Map.of("Art. 44(19)", Edition.TEXT_OF_1995)),
    // Art. 44(12), in each edition since 1995 (the same words): as Supreme Commander-in-Chief the President
    // appoints and dismisses the supreme command of the Armed Forces; Art. 43(4), from 2022
    PRESIDENT_APPOINTS_SUPREME_COMMAND(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.SUPREME_COMMAND_OF_ARMED_FORCES),
            Map.of("Art. 44(12)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    PRESIDENT_DISMISSES_SUPREME_COMMAND(Entity.PRESIDENT, Act.DISMISS, Set.of(Entity.SUPREME_COMMAND_OF_ARMED_FORCES),
            Map.of("Art. 44(12)", Edition.TEXT_OF_1995)),
    // the state bodies directly subordinate and accountable to the President and their heads: Art. 44 of 1995
    // (no such bodies named; left open, cited whole, as item 5 then held another power) and Art. 44(5), which
    // Law No. 254-III of 2007 made; Art. 43(4), the bar on the President's close relatives, from 2022
    PRESIDENT_APPOINTS_HEADS_OF_SUBORDINATE_BODIES(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.HEAD_OF_SUBORDINATE_BODY),
            Map.of("Art. 44", Edition.TEXT_OF_1995, "Art. 44(5)", Edition.LAW_OF_21_MAY_2007, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    PRESIDENT_DISMISSES_HEADS_OF_SUBORDINATE_BODIES(Entity.PRESIDENT, Act.DISMISS, Set.of(Entity.HEAD_OF_SUBORDINATE_BODY),
            Map.of("Art. 44", Edition.TEXT_OF_1995, "Art. 44(5)", Edition.LAW_OF_21_MAY_2007)),
    PRESIDENT_FORMS_AND_DISSOLVES_SUBORDINATE_BODIES(Entity.PRESIDENT,
            Set.of(Act.FORM, Act.DISSOLVE),
            Set.of(Entity.SUBORDINATE_STATE_BODY),
            Map.of("Art. 44", Edition.TEXT_OF_1995, "Art. 44(5)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 50(2), in each edition since 1995: the President appoints seven senators (1995, 1998), fifteen
    // (from 2007), ten from 19 January 2023 (the five on the Assembly of the People's proposal are
    // ASSEMBLY_SENATORS_BEFORE_2023's); Art. 43(4), the bar on the President's close relatives, from 2022
    PRESIDENT_APPOINTS_SENATORS(Entity.PRESIDENT, Act.APPOINT, Set.of(Entity.APPOINTED_SENATOR),
            Map.of("Art. 50(2)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 51(1), in each edition since 1995: the Assembly of the People elects no deputy of the Majilis
    // until 20 May 2007 (every one by direct suffrage), nine from 21 May 2007 until 18 January 2023;
    // Art. 43(4), the bar on the President's close relatives, from 2022
    ASSEMBLY_ELECTS_MAJILIS_DEPUTIES(Entity.ASSEMBLY_OF_PEOPLE, Act.ELECT,
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER),
            Map.of("Art. 51(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 52(5) and Art. 57(4), in each edition since 1995: no case of the President ending a senator's
    // powers until 20 May 2007 (each Chamber ends its deputies' powers); from 21 May 2007 he may end early
    // those of the senators he appointed, not those of elected senators, nor ever a Majilis deputy's; Art.
    // 50(3), whose wording of 2007 leaves the deputies of single-member districts to the constitutional law,
    // and Art. 51(1), the deputies elected by the Assembly of the People until 18 January 2023 (legal
    // decisions 145 and 252)
    PRESIDENT_ENDS_DEPUTIES_MANDATES(Entity.PRESIDENT, Act.DISMISS,
            Set.of(Entity.APPOINTED_SENATOR, Entity.ELECTED_SENATOR, Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER,
                    Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY),
            Map.of("Art. 52(5)", Edition.TEXT_OF_1995, "Art. 57(4)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995,
                    "Art. 51(1)", Edition.TEXT_OF_1995)),
    // Art. 50(2), in each edition since 1995: whether the Assembly of the People could propose for the
    // President's own seats the text leaves open until 18 January 2023 (the seats on its proposal are
    // ASSEMBLY_SENATORS_BEFORE_2023's)
    ASSEMBLY_PROPOSES_SENATORS(Entity.ASSEMBLY_OF_PEOPLE, Act.NOMINATE,
            Set.of(Entity.APPOINTED_SENATOR),
            Map.of("Art. 50(2)", Edition.TEXT_OF_1995)),
    // Art. 58(1), in each edition since 1995: each Chamber elects its Chair by a majority of all its
    // deputies, the Senate the candidate the President puts forward, the Majilis one its deputies put
    // forward; the President puts forward the Senate's candidate; Art. 43(4), the bar on the President's
    // close relatives, from 2022
    MAJILIS_ELECTS_CHAIR(Entity.MAJILIS, Act.ELECT, Set.of(Entity.CHAIR_OF_MAJILIS),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    SENATE_ELECTS_CHAIR(Entity.SENATE, Act.ELECT, Set.of(Entity.CHAIR_OF_SENATE),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    PRESIDENT_NOMINATES_CHAIR_OF_SENATE(Entity.PRESIDENT, Act.NOMINATE, Set.of(Entity.CHAIR_OF_SENATE),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995)),
    // Art. 58(2), in each edition since 1995: each Chamber recalls its Chair (written `recall` or
    // `dismiss`) by a majority of all its deputies
    MAJILIS_REMOVES_CHAIR(Entity.MAJILIS,
            Set.of(Act.RECALL, Act.DISMISS),
            Set.of(Entity.CHAIR_OF_MAJILIS),
            Map.of("Art. 58(2)", Edition.TEXT_OF_1995)),
    SENATE_REMOVES_CHAIR(Entity.SENATE,
            Set.of(Act.RECALL, Act.DISMISS),
            Set.of(Entity.CHAIR_OF_SENATE),
            Map.of("Art. 58(2)", Edition.TEXT_OF_1995)),
    // Art. 57(4), in each edition since 1995: each Chamber ends its own deputies' powers, by a majority of
    // all its deputies (Art. 62(5)); Art. 51(1), no deputy of the Majilis elected by the Assembly of the
    // People until 20 May 2007 (one from 19 January 2023 either); Art. 50(3), whose wordings run from 1995
    // (those of 1995 and 1998 cited by the voters' election, decision 155), cited for this family from 21
    // May 2007: whether any deputy is elected in a single-member district is the constitutional law's
    MAJILIS_DISMISSES_DEPUTIES(Entity.MAJILIS, Act.DISMISS,
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY),
            Map.of("Art. 57(4)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995,
                    "Art. 50(3)", Edition.TEXT_OF_1995)),
    SENATE_DISMISSES_SENATORS(Entity.SENATE, Act.DISMISS, Set.of(Entity.APPOINTED_SENATOR, Entity.ELECTED_SENATOR),
            Map.of("Art. 57(4)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995)),
    // Art. 55(1-1), which Law No. 51-VI of 2017 inserted: the Senate elects and dismisses the Commissioner
    // for Human Rights on the President's proposal, by a majority of all its deputies (Art. 62(5)); until 9
    // March 2017 Art. 55, cited whole: from 21 May 2007 its closed list gives the Senate no such election and
    // the President no proposal, until 20 May 2007 (no closing item) left open (legal decision 262); Art.
    // 43(4), the bar on the President's close relatives, from 2022
    SENATE_ELECTS_AND_DISMISSES_OMBUDSMAN(Entity.SENATE,
            Set.of(Act.ELECT, Act.DISMISS),
            Set.of(Entity.OMBUDSMAN),
            ombudsman(true)),
    PRESIDENT_NOMINATES_OMBUDSMAN(Entity.PRESIDENT, Act.NOMINATE, Set.of(Entity.OMBUDSMAN), ombudsman(false)),
    // Art. 55(1-1) from 10 March 2017: the President does not himself appoint, elect or dismiss the
    // Commissioner; until 9 March 2017 no provision names him, and Art. 44(21), the President's other powers
    // under the laws, leaves it open (legal decision 251); Art. 43(4), the bar on his close relatives, from 2022
    PRESIDENT_FILLS_OMBUDSMAN(Entity.PRESIDENT, Set.of(Act.APPOINT, Act.ELECT, Act.DISMISS), Set.of(Entity.OMBUDSMAN),
            Map.of("Art. 44(21)", Edition.TEXT_OF_1995, "Art. 55(1-1)", Edition.LAW_OF_10_MARCH_2017,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 51(1), in each edition since 1995: the voters elect every deputy of the Majilis by direct
    // suffrage until 20 May 2007, ninety-eight of them from 21 May 2007; Art. 50(3): sixty-seven deputies
    // of single-member districts (1995), sixty-seven of the seventy-seven (1998), from 2007 the system left
    // to the constitutional law; the Assembly's nine (`majilis-deputy-from-assembly`) absent until 20 May 2007;
    // Art. 43(4), the bar on the President's close relatives, from 2022
    VOTERS_ELECT_MAJILIS_DEPUTIES(Entity.VOTERS, Act.ELECT,
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY),
            Map.of("Art. 51(1)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 86(2), in each edition since 1995: the population elects the maslikhats (for four years, five
    // from 2007)
    VOTERS_ELECT_MASLIKHATS(Entity.VOTERS, Act.ELECT, Set.of(Entity.MASLIKHAT), Map.of("Art. 86(2)", Edition.TEXT_OF_1995)),
    // Art. 87(4), in each edition since 1995: no maslikhat's consent to the appointment of the oblast-level
    // akims until 20 May 2007 (the President appoints them on the Prime Minister's proposal), the
    // maslikhat's consent from 21 May 2007
    // Art. 87(4), in each edition since 1995: no joint consent of all the maslikhats of an oblast before the
    // Law of 8 June 2022 (no consent until 20 May 2007, then each unit's own maslikhat's; legal decision 229)
    MASLIKHATS_CONSENT_TO_AKIMS(
            Set.of(Entity.MASLIKHAT, Entity.MASLIKHATS_OF_REGION),
            Act.CONSENT,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL),
            Map.of("Art. 87(4)", Edition.TEXT_OF_1995)),
    // Art. 87(5), in each edition since 1995: the maslikhat's no confidence in an akim, by two thirds of
    // all its deputies until 20 May 2007, from 21 May 2007 by a majority of them on the initiative of one
    // fifth; the vote and the request to dismiss him are one act
    MASLIKHAT_NO_CONFIDENCE_IN_AKIMS(Entity.MASLIKHAT,
            Set.of(Act.NO_CONFIDENCE, Act.REQUEST_DISMISSAL),
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            Map.of("Art. 87(5)", Edition.TEXT_OF_1995)),
    // Art. 86(4)(1), in each edition since 1995: the maslikhat approves the local budget, plans and
    // programmes; Art. 88(2), the same words from 1995: a decision cutting revenue or raising spending
    // needs its akim's positive opinion
    MASLIKHAT_APPROVES_LOCAL_BUDGET(Entity.MASLIKHAT, Act.APPROVE, Set.of(Entity.LOCAL_BUDGET),
            Map.of("Art. 86(4)(1)", Edition.TEXT_OF_1995, "Art. 88(2)", Edition.TEXT_OF_1995)),
    // Art. 86(5), in each edition since 1995: the Senate, not the President, ends a maslikhat's powers
    // early until 20 May 2007; the President from 21 May 2007, from 10 March 2017 after consultations
    MASLIKHAT_DISSOLVED(Set.of(Entity.PRESIDENT, Entity.MASLIKHAT),
            Act.DISSOLVE,
            Set.of(Entity.MASLIKHAT),
            Map.of("Art. 86(5)", Edition.TEXT_OF_1995)),
    // The passing of laws (legal decision 170). Until 20 May 2007 Parliament adopts constitutional laws at
    // a joint sitting (Art. 53(1) of 1995) by two thirds of each Chamber (Art. 62(4)), and laws in
    // separate sittings (Art. 54, item 1, cited Art. 54(1)) by a majority of each (Art. 62(5)); the
    // Majilis approves bills and the Senate adopts or rejects them (Art. 61(4), the same words from 1995);
    // whether the Majilis may reject a bill outright is left open (Art. 56, item 1 of 1995 and 1998, cited
    // Art. 56(1); Art. 56(1)(1), which Law No. 254-III made). From 21 May 2007 constitutional laws too go
    // through the Chambers in turn (Art. 54(1), 61(5-1), which that law made), and the Senate legislates
    // while the Majilis is absent (Art. 55(5), which that law made). The wordings of 2023 the families'
    // rules cite: Art. 53(1-1), the joint sitting for constitutional laws; Art. 61(5), the Majilis's vote
    // after a failed conciliation (declared from 1995:
    // its earlier wordings are the Senate's amendments, legal decision 213); Art. 61(2), the Government's urgent bills from 2023 (the paragraph is
    // declared from 1995, its first part the President's priority). Art. 62(6): two readings for
    // constitutional laws in 1995, for amendments alone from 2007, for both again from 2023
    PARLIAMENT_ADOPTS_LAWS(Entity.PARLIAMENT, Act.ADOPT_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 54(1)", Edition.TEXT_OF_1995, "Art. 62(4)", Edition.TEXT_OF_1995,
                    "Art. 62(5)", Edition.TEXT_OF_1995, "Art. 62(6)", Edition.TEXT_OF_1995, "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023,
                    "Art. 61(2)", Edition.TEXT_OF_1995)),
    MAJILIS_ADOPTS_LAWS(Entity.MAJILIS, Act.ADOPT_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 61(4)", Edition.TEXT_OF_1995, "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023, "Art. 61(2)", Edition.TEXT_OF_1995,
                    "Art. 61(5)", Edition.TEXT_OF_1995, "Art. 62(6)", Edition.TEXT_OF_1995)),
    MAJILIS_APPROVES_LAWS(Entity.MAJILIS, Act.APPROVE_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 61(4)", Edition.TEXT_OF_1995, "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023)),
    MAJILIS_REJECTS_LAWS(Entity.MAJILIS, Act.REJECT_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 56(1)", Edition.TEXT_OF_1995, "Art. 56(1)(1)", Edition.LAW_OF_21_MAY_2007, "Art. 61(4)", Edition.TEXT_OF_1995,
                    "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007, "Art. 61(2)", Edition.TEXT_OF_1995)),
    SENATE_ADOPTS_LAWS(Entity.SENATE, Act.ADOPT_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 61(4)", Edition.TEXT_OF_1995, "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 55(5)", Edition.TEXT_OF_1995, "Art. 62(4)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995,
                    "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023, "Art. 62(6)", Edition.TEXT_OF_1995)),
    SENATE_APPROVES_LAWS(Entity.SENATE, Act.APPROVE_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 61(4)", Edition.TEXT_OF_1995, "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023, "Art. 61(2)", Edition.TEXT_OF_1995)),
    SENATE_REJECTS_LAWS(Entity.SENATE, Act.REJECT_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 61(4)", Edition.TEXT_OF_1995, "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 62(5)", Edition.TEXT_OF_1995, "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023,
                    "Art. 61(2)", Edition.TEXT_OF_1995)),
    // Art. 72(1), the same applicants in the same words in each edition since 1995 (a closed list: the
    // President, the Chairs of the Chambers, one fifth of all the deputies of Parliament, the Prime
    // Minister; from 2023 the Council is gone); Art. 44(10-1), which Law No. 51-VI of 2017 inserted, the
    // President's own applications; Art. 78, the same words since 1995, the courts' referral
    PRESIDENT_APPLIES_TO_CONSTITUTIONAL_COUNCIL(Entity.PRESIDENT, Act.APPLY, Set.of(Entity.CONSTITUTIONAL_COUNCIL),
            Map.of("Art. 72(1)", Edition.TEXT_OF_1995, "Art. 44(10-1)", Edition.LAW_OF_10_MARCH_2017)),
    // Art. 72(1), in each edition since 1995: the applicants other than the President, and everyone the
    // closed list leaves out (the Prosecutor General, the Commissioner for Human Rights, citizens, the
    // Chambers as bodies, ...; from 2023 some apply to the Constitutional Court)
    OTHERS_APPLY_TO_CONSTITUTIONAL_COUNCIL(
            everyoneBut(Entity.PRESIDENT, Entity.COURT, Entity.SUPREME_COURT),
            Act.APPLY,
            Set.of(Entity.CONSTITUTIONAL_COUNCIL),
            withOfficesEnded(Map.of("Art. 72(1)", Edition.TEXT_OF_1995))),
    COURTS_APPLY_TO_CONSTITUTIONAL_COUNCIL(Set.of(Entity.COURT, Entity.SUPREME_COURT),
            Act.APPLY,
            Set.of(Entity.CONSTITUTIONAL_COUNCIL),
            Map.of("Art. 72(1)", Edition.TEXT_OF_1995, "Art. 78", Edition.TEXT_OF_1995)),
    // The President's signing and return of laws (legal decision 171): Art. 44(2), in each edition since
    // 1995 (a law presented by the Senate; a constitutional law's presenter left open until 2007, when it
    // was adopted at a joint sitting); Art. 45(3), the Chairs' countersignature, since 1995; Art. 55(5), the
    // Senate's laws while the Majilis is absent, which Law No. 254-III made (until then the item was the
    // Senate's delegation to the Higher Judicial Council: one first wording, of 1995, legal decision 237)
    PRESIDENT_SIGNS_OR_RETURNS_LAWS(Entity.PRESIDENT,
            Set.of(Act.SIGN_LAW, Act.RETURN_LAW),
            Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 44(2)", Edition.TEXT_OF_1995, "Art. 45(3)", Edition.TEXT_OF_1995, "Art. 55(5)", Edition.TEXT_OF_1995)),
    // Overcoming the President's objections (legal decision 171): at a joint sitting by two thirds of each
    // Chamber until 20 May 2007 (Art. 53(3) of 1995), in separate sittings from 21 May 2007 (Art. 54(2)(2),
    // which Law No. 254-III made; three quarters for constitutional laws), at a joint sitting again for
    // constitutional laws from 2023 (Art. 53(1-2))
    // A Chamber alone overcoming the President's objections: Art. 53(3) of 1995 (Parliament at a joint sitting,
    // until 2007) and Art. 54(2)(2), which Law No. 254-III of 2007 worded (both Chambers in turn): never one Chamber
    // (legal decision 210); Art. 53(1-2), the joint sitting for constitutional laws from 2023
    OVERRIDING_THE_VETO(
            Set.of(Entity.PARLIAMENT, Entity.MAJILIS, Entity.SENATE),
            Act.OVERRIDE_VETO,
            Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(3)", Edition.TEXT_OF_1995, "Art. 54(2)(2)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(1-2)", Edition.LAW_OF_8_JUNE_2022_FROM_2023)),
    // Art. 61(1), in each edition since 1995 (a closed list: the deputies of Parliament and the Government,
    // the President from 2007; only in the Majilis): Parliament and its Chambers as bodies, the courts and
    // everyone else have no legislative initiative (legal decisions 206 and 218)
    INITIATIVE_OUTSIDE_THE_DEPUTIES(
            everyoneBut(Entity.DEPUTIES_OF_PARLIAMENT, Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER,
                    Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY, Entity.ELECTED_SENATOR, Entity.APPOINTED_SENATOR,
                    Entity.APPOINTED_SENATOR_FROM_ASSEMBLY),
            Act.INITIATE_LAW,
            initiative(),
            withOfficesEnded(Map.of("Art. 61(1)", Edition.TEXT_OF_1995))),
    // Legislative initiative and priority (legal decision 172): Art. 61(1) in each edition since 1995 (the
    // deputies of Parliament and the Government; the President from 21 May 2007; only in the Majilis);
    // Art. 61(6), the Government's opinion on costly bills, since 1995; Art. 61(2), the President's priority.
    // The deputies of single-member districts: all the deputies of the Majilis in 1995, sixty-seven of the
    // seventy-seven from 1998 (Art. 50(3) of 1995 and 1998); from 21 May 2007 Art. 50(3) leaves it to the
    // constitutional law whether any is (legal decision 253)
    DEPUTIES_INITIATE_LAWS(
            Set.of(Entity.DEPUTIES_OF_PARLIAMENT, Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER,
                    Entity.ELECTED_SENATOR, Entity.APPOINTED_SENATOR),
            Act.INITIATE_LAW,
            initiative(),
            Map.of("Art. 61(1)", Edition.TEXT_OF_1995, "Art. 61(6)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995)),
    PRESIDENT_SETS_PRIORITY(Entity.PRESIDENT, Act.SET_PRIORITY, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 61(2)", Edition.TEXT_OF_1995)),
    // Art. 44(10) and Art. 91(1), in each edition since 1995: the President decides to hold a republican
    // referendum, on amendments to the Constitution on his own initiative or on the proposal of Parliament or
    // the Government; Art. 91(3), which Law No. 51-VI of 2017 inserted, the Constitutional Council's opinion
    // (the Court's from 2023); Art. 48 of 1995, the acting President may call no referendum, and Art. 48(2)
    // from 1998, the person who took over the powers may not initiate amendments
    PRESIDENT_CALLS_REFERENDUM(Entity.PRESIDENT, Act.CALL, Set.of(Entity.REFERENDUM, Entity.CONSTITUTION),
            Map.of("Art. 44(10)", Edition.TEXT_OF_1995, "Art. 91(1)", Edition.TEXT_OF_1995, "Art. 91(3)", Edition.LAW_OF_10_MARCH_2017,
                    "Art. 48", Edition.TEXT_OF_1995, "Art. 48(2)", Edition.LAW_OF_7_OCTOBER_1998)),
    // Art. 53(1) and Art. 91(1), in each edition since 1995: the President proposes amendments to Parliament,
    // with the opinion of Art. 91(3) from 2017; Art. 48 of 1995 and Art. 48(2) from 1998, the bar on his successor
    PRESIDENT_PROPOSES_AMENDMENTS(Entity.PRESIDENT, Act.PROPOSE, Set.of(Entity.CONSTITUTION),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 91(1)", Edition.TEXT_OF_1995, "Art. 91(3)", Edition.LAW_OF_10_MARCH_2017,
                    "Art. 48", Edition.TEXT_OF_1995, "Art. 48(2)", Edition.LAW_OF_7_OCTOBER_1998)),
    // Art. 91(1), in each edition since 1995: the Government proposes a referendum on amendments
    GOVERNMENT_PROPOSES_AMENDMENTS(Entity.GOVERNMENT, Act.PROPOSE, Set.of(Entity.CONSTITUTION),
            Map.of("Art. 91(1)", Edition.TEXT_OF_1995)),
    // Art. 53(10) of 1995 (at a joint sitting, until 2007) and Art. 54(2)(3), which Law No. 254-III of 2007
    // worded (in separate sittings): Parliament's initiative of a referendum, by the majority of Art. 62(5)
    // (of the joint sitting until 2007, of each Chamber from 2007); Art. 91(1), in each edition since 1995,
    // its proposal of a referendum on amendments
    PARLIAMENT_PROPOSES_REFERENDUM(Entity.PARLIAMENT, Act.PROPOSE, Set.of(Entity.REFERENDUM, Entity.CONSTITUTION),
            Map.of("Art. 53(10)", Edition.TEXT_OF_1995, "Art. 54(2)(3)", Edition.LAW_OF_21_MAY_2007, "Art. 91(1)", Edition.TEXT_OF_1995,
                    "Art. 62(5)", Edition.TEXT_OF_1995)),
    // Art. 53(1), 62(3) and 62(6), in each edition since 1995: Parliament amends the Constitution at a joint
    // sitting on the President's proposal, by three quarters of each Chamber, in two readings; Art. 91(1),
    // from 1998 by four fifths after he rejected its proposal of a referendum; Art. 91(3), from 2017
    PARLIAMENT_AMENDS_CONSTITUTION(Entity.PARLIAMENT, Act.AMEND, Set.of(Entity.CONSTITUTION),
            Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 62(3)", Edition.TEXT_OF_1995, "Art. 62(6)", Edition.TEXT_OF_1995,
                    "Art. 91(1)", Edition.TEXT_OF_1995, "Art. 91(3)", Edition.LAW_OF_10_MARCH_2017)),
    // Art. 91(1), in each edition since 1995: the referendum on amendments (from 1998 the turnout after a
    // rejected proposal, from 2007 two thirds of the regions); Art. 91(3), from 2017; Art. 62(6), whose
    // rules speak to any amendment of the Constitution, as from 2019
    VOTERS_AMEND_CONSTITUTION(Entity.VOTERS, Act.AMEND, Set.of(Entity.CONSTITUTION),
            Map.of("Art. 91(1)", Edition.TEXT_OF_1995, "Art. 91(3)", Edition.LAW_OF_10_MARCH_2017, "Art. 62(6)", Edition.TEXT_OF_1995)),
    // Art. 53(11) of 1995 (until 2007) and Art. 53(6), which Law No. 254-III of 2007 worded: Parliament
    // hears the Constitutional Council's annual message; Art. 72(1), from 2023 the Council is gone
    PARLIAMENT_HEARS_CONSTITUTIONAL_COUNCIL(Entity.PARLIAMENT, Act.HEAR, Set.of(Entity.CONSTITUTIONAL_COUNCIL),
            Map.of("Art. 53(11)", Edition.TEXT_OF_1995, "Art. 53(6)", Edition.LAW_OF_21_MAY_2007, "Art. 72(1)", Edition.TEXT_OF_1995)),
    // Art. 71(5), in each edition since 1995: Parliament consents to the arrest or prosecution of the Chair and
    // members of the Constitutional Council, by a majority of all the deputies of both Chambers (Art. 62(5));
    // Art. 99(1), from 8 June 2022 left open, and Art. 72(1), from 2023 the Council is gone
    PARLIAMENT_LIFTS_IMMUNITY_OF_CONSTITUTIONAL_COUNCIL(Entity.PARLIAMENT, Act.LIFT_IMMUNITY,
            Set.of(Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL),
            Map.of("Art. 71(5)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995, "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022,
                    "Art. 72(1)", Edition.TEXT_OF_1995)),
    // Art. 55(3) and 83(3), in each edition since 1995: the Senate lifts the immunity of the Prosecutor General
    // and of the Supreme Court's Chair and judges, by a majority of all its deputies (Art. 62(5)); not the
    // Commissioner for Human Rights' until Art. 83-1(3) of 8 June 2022
    SENATE_LIFTS_IMMUNITY(Entity.SENATE, Act.LIFT_IMMUNITY,
            Set.of(Entity.PROSECUTOR_GENERAL, Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT, Entity.OMBUDSMAN),
            Map.of("Art. 55(3)", Edition.TEXT_OF_1995, "Art. 83(3)", Edition.TEXT_OF_1995, "Art. 83-1(3)", Edition.LAW_OF_8_JUNE_2022,
                    "Art. 62(5)", Edition.TEXT_OF_1995)),
    // Art. 47(2), in each edition since 1995: the Senate organises the investigation of the charge and sends
    // its results to the joint sitting by a majority of all its deputies
    SENATE_INVESTIGATES_TREASON(Entity.SENATE, Act.INVESTIGATE, Set.of(Entity.PRESIDENT, Entity.TREASON_CHARGE),
            Map.of("Art. 47(2)", Edition.TEXT_OF_1995)),
    // Art. 57(6), in each edition since 1995: each Chamber hears the members of the Government on the
    // initiative of one third of its deputies and asks the President to dismiss one who has not executed the
    // laws (two thirds of all its deputies in 1995, 1998 and 2017, a majority from 2007 to 2017)
    MAJILIS_OVERSEES_GOVERNMENT_MEMBERS(Entity.MAJILIS,
            Set.of(Act.HEAR, Act.REQUEST_DISMISSAL),
            membersOfGovernmentOnly(),
            oversight(true)),
    // Art. 53(2), in each edition since 1995: Parliament at a joint sitting approves the reports on the
    // execution of the republican budget (in 1995 and 1998 with the budget itself), neither Chamber on its
    // own; Art. 62(5), the majority of all the deputies of both Chambers (legal decision 204)
    BUDGET_REPORT_APPROVED(Set.of(Entity.PARLIAMENT, Entity.MAJILIS, Entity.SENATE),
            Act.APPROVE,
            Set.of(Entity.BUDGET_REPORT),
            Map.of("Art. 53(2)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995)),
    // War and peace by any other body: Art. 53(8) of 1995 and 1998, Art. 53(4) from Law No. 254-III of 2007
    // (the same words), Parliament's at a joint sitting alone (legal decision 205)
    OTHERS_DECIDE_WAR_AND_PEACE(everyoneBut(Entity.PARLIAMENT),
            Act.DECIDE,
            Set.of(Entity.WAR_AND_PEACE),
            withOfficesEnded(Map.of("Art. 53(8)", Edition.TEXT_OF_1995, "Art. 53(4)", Edition.LAW_OF_21_MAY_2007))),
    // The use of the Armed Forces to meet international obligations to maintain peace and security: Art. 53(9)
    // of 1995 and 1998, Art. 53(5) from Law No. 254-III of 2007 (the same words): Parliament decides at a joint
    // sitting on the President's proposal, no one else decides; Art. 62(5), the majority of all the deputies of
    // both Chambers (legal decision 205)
    PEACEKEEPING_DEPLOYMENT_DECIDED(everyone(),
            Act.DECIDE,
            Set.of(Entity.PEACEKEEPING_DEPLOYMENT),
            withOfficesEnded(Map.of("Art. 53(9)", Edition.TEXT_OF_1995, "Art. 53(5)", Edition.LAW_OF_21_MAY_2007, "Art. 62(5)", Edition.TEXT_OF_1995))),
    PRESIDENT_PROPOSES_PEACEKEEPING(Entity.PRESIDENT, Act.PROPOSE, Set.of(Entity.PEACEKEEPING_DEPLOYMENT),
            Map.of("Art. 53(9)", Edition.TEXT_OF_1995, "Art. 53(5)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 51(1) of 1995 and 1998: no deputy of the Majilis elected by the Assembly of the People until 20 May 2007;
    // from 21 May 2007 Art. 61(1) and 61(6), as for every deputy (legal decision 206)
    ASSEMBLY_DEPUTIES_INITIATE_LAWS(Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY, Act.INITIATE_LAW, initiative(),
            Map.of("Art. 61(1)", Edition.TEXT_OF_1995, "Art. 61(6)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995)),
    // Art. 65(2), the same words from 1995 (no footnote names Art. 65 before 2019): the Prime Minister proposes the
    // Government's structure and composition, no one else (legal decision 207)
    GOVERNMENT_STRUCTURE_PROPOSED(everyone(),
            Act.PROPOSE,
            Set.of(Entity.GOVERNMENT),
            withOfficesEnded(Map.of("Art. 65(2)", Edition.TEXT_OF_1995))),
    // Art. 87(2)(1), the same words from 1995 (Art. 87 amended in 1998, 2007 and 2017): the akim drafts the local
    // budget and ensures its execution; approving it is the maslikhat's (legal decision 208)
    AKIMS_APPROVE_LOCAL_BUDGET(Set.of(Entity.AKIM, Entity.AKIM_OF_SAME_UNIT, Entity.AKIM_OF_REGION,
                    Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL, Entity.AKIM_OF_DISTRICT,
                    Entity.AKIM_OF_RURAL_DISTRICT),
            Act.APPROVE,
            Set.of(Entity.LOCAL_BUDGET),
            Map.of("Art. 87(2)(1)", Edition.TEXT_OF_1995)),
    // Amending the Constitution by anyone but Parliament or the referendum: Art. 53(1), Parliament at a joint
    // sitting, and Art. 91(1), the referendum or Parliament, in each edition since 1995, deny it to a Chamber
    // alone and to the President himself; Art. 62(6), the two readings, whose rules speak to any amendment,
    // whoever makes it (legal decisions 209 and 280)
    OTHERS_AMEND_CONSTITUTION(everyoneBut(Entity.PARLIAMENT, Entity.VOTERS),
            Act.AMEND,
            Set.of(Entity.CONSTITUTION),
            withOfficesEnded(Map.of("Art. 53(1)", Edition.TEXT_OF_1995, "Art. 91(1)", Edition.TEXT_OF_1995, "Art. 62(6)", Edition.TEXT_OF_1995))),
    // A Chamber's own initiative of a referendum, on any question or on amendments: Art. 53(10) of 1995 (at a joint
    // sitting, until 2007) and Art. 54(2)(3), which Law No. 254-III of 2007 worded (in separate sittings): Parliament's
    // alone (legal decision 209)
    CHAMBERS_PROPOSE_REFERENDUM(Set.of(Entity.MAJILIS, Entity.SENATE),
            Act.PROPOSE,
            Set.of(Entity.REFERENDUM, Entity.CONSTITUTION),
            Map.of("Art. 53(10)", Edition.TEXT_OF_1995, "Art. 54(2)(3)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 59(4), in each edition since 1995: one third of all the deputies of Parliament may propose that the
    // President convene Parliament between sessions (an extraordinary joint sitting of the Chambers until 2007, an
    // extraordinary session from Law No. 254-III of 2007; legal decision 211)
    DEPUTIES_PROPOSE_EXTRAORDINARY_SESSION(Entity.DEPUTIES_OF_PARLIAMENT, Act.PROPOSE, Set.of(Entity.PARLIAMENT),
            Map.of("Art. 59(4)", Edition.TEXT_OF_1995)),
    // Art. 61(3), part one, in each edition since 1995: laws are Parliament's; the Government has no act with the force
    // of law before 2023 (legal decision 212)
    GOVERNMENT_ADOPTS_LAW(Entity.GOVERNMENT, Act.ADOPT_LAW, Set.of(Entity.LAW), Map.of("Art. 61(3)", Edition.TEXT_OF_1995)),
    // Art. 57(4) and Art. 52(4), in each edition since 1995: each Chamber lifts its own deputies' immunity on
    // the Prosecutor General's proposal, by a majority of all its deputies (Art. 62(5)); neither the other
    // Chamber nor Parliament does; Art. 51(1), no deputy of the Majilis elected by the Assembly of the People
    // until 20 May 2007 (none from 19 January 2023); Art. 50(3), cited from 21 May 2007 for the deputies of
    // single-member districts, as for the ending of their powers
    CHAMBERS_LIFT_DEPUTIES_IMMUNITY(Set.of(Entity.MAJILIS, Entity.SENATE, Entity.PARLIAMENT), Act.LIFT_IMMUNITY,
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY,
                    Entity.APPOINTED_SENATOR, Entity.ELECTED_SENATOR),
            Map.of("Art. 57(4)", Edition.TEXT_OF_1995, "Art. 52(4)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995,
                    "Art. 51(1)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995)),
    // Art. 58(1), in each edition since 1995: the Chambers elect their own Chairs; no one else elects or
    // appoints either Chair (the President, Parliament, the Government, the voters, any other body or
    // person, nor one Chamber the other's Chair), and the President does not put forward the Majilis's candidates;
    // Art. 58(2), in each edition since 1995: the President does not recall (or dismiss) either Chair; Art.
    // 43(4), the bar on the President's close relatives, from 2022
    OTHERS_ELECT_CHAIRS_OF_CHAMBERS(
            everyoneBut(Entity.SENATE, Entity.MAJILIS),
            Set.of(Act.ELECT, Act.APPOINT),
            Set.of(Entity.CHAIR_OF_SENATE, Entity.CHAIR_OF_MAJILIS),
            withOfficesEnded(Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022))),
    MAJILIS_ELECTS_CHAIR_OF_SENATE(Entity.MAJILIS, Set.of(Act.ELECT, Act.APPOINT), Set.of(Entity.CHAIR_OF_SENATE),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    SENATE_ELECTS_CHAIR_OF_MAJILIS(Entity.SENATE, Set.of(Act.ELECT, Act.APPOINT), Set.of(Entity.CHAIR_OF_MAJILIS),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    PRESIDENT_NOMINATES_CHAIR_OF_MAJILIS(Entity.PRESIDENT, Act.NOMINATE, Set.of(Entity.CHAIR_OF_MAJILIS),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995)),
    PRESIDENT_REMOVES_CHAIRS_OF_CHAMBERS(Entity.PRESIDENT, Set.of(Act.DISMISS, Act.RECALL),
            Set.of(Entity.CHAIR_OF_SENATE, Entity.CHAIR_OF_MAJILIS),
            Map.of("Art. 58(2)", Edition.TEXT_OF_1995)),
    // Art. 57(4), in each edition since 1995: each Chamber ends its own deputies' powers; neither the other
    // Chamber nor Parliament ends (or recalls) them; Art. 51(1) and 50(3), the kinds of Majilis deputy, as
    // for the Chamber's own ending
    PARLIAMENT_ENDS_DEPUTIES_MANDATES(Entity.PARLIAMENT, Set.of(Act.DISMISS, Act.RECALL),
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY,
                    Entity.APPOINTED_SENATOR, Entity.ELECTED_SENATOR),
            Map.of("Art. 57(4)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995)),
    SENATE_ENDS_MAJILIS_DEPUTIES_MANDATES(Entity.SENATE, Set.of(Act.DISMISS, Act.RECALL),
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY),
            Map.of("Art. 57(4)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995)),
    MAJILIS_ENDS_SENATORS_MANDATES(Entity.MAJILIS, Set.of(Act.DISMISS, Act.RECALL),
            Set.of(Entity.APPOINTED_SENATOR, Entity.ELECTED_SENATOR),
            Map.of("Art. 57(4)", Edition.TEXT_OF_1995)),
    // Art. 52(5), in each edition since 1995: the voters recall no deputy of Parliament (from 8 June 2022 a
    // deputy of a single-member district); Art. 57(4), the Chamber ends its deputies' powers; Art. 51(1) and
    // 50(3), the kinds of Majilis deputy
    VOTERS_RECALL_DEPUTIES(Entity.VOTERS, Act.RECALL,
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY,
                    Entity.APPOINTED_SENATOR, Entity.ELECTED_SENATOR),
            Map.of("Art. 52(5)", Edition.TEXT_OF_1995, "Art. 57(4)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995,
                    "Art. 50(3)", Edition.TEXT_OF_1995)),
    // Art. 57(6), in each edition since 1995: a Chamber asks the President to dismiss a member of the
    // Government and does not dismiss him itself; Art. 70(4), the same words since 1995: the President
    // decides on the resignation, so neither the Majilis nor Parliament dismisses the Prime Minister or the
    // Government (legal decision 224)
    CHAMBERS_DISMISS_GOVERNMENT_MEMBERS(Set.of(Entity.SENATE, Entity.MAJILIS), Act.DISMISS, membersOfGovernmentOnly(),
            Map.of("Art. 57(6)", Edition.TEXT_OF_1995, "Art. 70(4)", Edition.TEXT_OF_1995)),
    MAJILIS_DISMISSES_GOVERNMENT(Entity.MAJILIS, Act.DISMISS, Set.of(Entity.GOVERNMENT), Map.of("Art. 70(4)", Edition.TEXT_OF_1995)),
    PARLIAMENT_DISMISSES_GOVERNMENT(Entity.PARLIAMENT, Act.DISMISS, Set.of(Entity.GOVERNMENT, Entity.PRIME_MINISTER),
            Map.of("Art. 70(4)", Edition.TEXT_OF_1995)),
    // Art. 57(6), in each edition since 1995: the request to dismiss a member of the Government is each
    // Chamber's, «самостоятельно, без участия другой Палаты», not Parliament's at a joint sitting
    PARLIAMENT_REQUESTS_DISMISSAL_OF_GOVERNMENT_MEMBERS(Entity.PARLIAMENT, Act.REQUEST_DISMISSAL, membersOfGovernmentOnly(),
            Map.of("Art. 57(6)", Edition.TEXT_OF_1995)),
    // Art. 70(4), the same words since 1995: the President alone accepts or declines the resignation of the
    // Government or of a member; no Chamber, nor Parliament, the Prime Minister or the Government does
    // (legal decision 225)
    OTHERS_ACCEPT_OR_DECLINE_RESIGNATION(
            everyoneBut(Entity.PRESIDENT),
            Set.of(Act.ACCEPT_RESIGNATION, Act.DECLINE_RESIGNATION), membersOfGovernment(),
            withOfficesEnded(Map.of("Art. 70(4)", Edition.TEXT_OF_1995))),
    // Art. 44(3) of 1995 and 1998: the President appoints the Prime Minister; from 21 May 2007 the closing
    // items of the lists of powers, which Law No. 254-III made: Art. 56(1)(4) (the Majilis), Art. 55(6) (the
    // Senate) and Art. 53(8) (Parliament; its 1995 wording, war and peace, is another family's): neither
    // Chamber nor Parliament appoints him (legal decision 227); Parliament's closing item of 1995, Art. 53(13),
    // answers it until 20 May 2007 (legal decision 242); Art. 43(4) of 8 June 2022, the bar on the
    // President's close relatives, which speaks to any appointment of a member of the Government
    CHAMBERS_APPOINT_PRIME_MINISTER(Set.of(Entity.MAJILIS, Entity.SENATE, Entity.PARLIAMENT), Act.APPOINT, Set.of(Entity.PRIME_MINISTER),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 55(6)", Edition.LAW_OF_21_MAY_2007, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 53(13)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // The Senate's amendments: Art. 61(5), in each edition since 1995, a bill's, by a majority of all its deputies
    // (amending it and proposing the new wording to the Majilis one act before 2023); Art. 61(5-1), which Law No.
    // 254-III of 2007 made, a constitutional bill's, by two thirds; Art. 53(1) of 1995, until 2007 constitutional
    // laws at Parliament's joint sitting; Art. 61(4), the sixty days left open; the wordings of 2023 (Art. 61(4),
    // 53(1-1)) (legal decision 213)
    SENATE_AMENDS_LAWS(Entity.SENATE, Act.AMEND, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 61(5)", Edition.TEXT_OF_1995, "Art. 61(5-1)", Edition.LAW_OF_21_MAY_2007, "Art. 53(1)", Edition.TEXT_OF_1995,
                    "Art. 61(4)", Edition.TEXT_OF_1995, "Art. 53(1-1)", Edition.LAW_OF_8_JUNE_2022_FROM_2023)),
    SENATE_PROPOSES_LAWS(Entity.SENATE, Act.PROPOSE, Set.of(Entity.LAW),
            Map.of("Art. 61(5)", Edition.TEXT_OF_1995, "Art. 61(4)", Edition.TEXT_OF_1995)),
    // The President's decrees with the force of law: Art. 45(2) of 1995, in the cases of Art. 61(2) and of the
    // delegated powers, until Law No. 51-VI struck it out (left open: an action cannot state the case); Art. 45(1),
    // cited from 10 March 2017, when only decrees under the laws remained (legal decision 212)
    PRESIDENT_ISSUES_DECREES_WITH_FORCE_OF_LAW(Entity.PRESIDENT, Act.ISSUE, Set.of(Entity.DECREE_WITH_FORCE_OF_LAW),
            Map.of("Art. 45(2)", Edition.TEXT_OF_1995, "Art. 45(1)", Edition.LAW_OF_10_MARCH_2017)),
    // Art. 53(13) of 1995 and Art. 53(8) from 2007, the closing item of Parliament's powers: it approves no law adopted
    // by a Chamber (legal decision 213)
    PARLIAMENT_APPROVES_LAWS(Entity.PARLIAMENT, Act.APPROVE_LAW, Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // Art. 87(5), in each edition since 1995: the maslikhat raises an akim's dismissal with the President or
    // the higher akim and does not dismiss him itself; Art. 87(4), whose wording of 2019 leaves the lower
    // akims' dismissal to the law (legal decision 228)
    MASLIKHAT_DISMISSES_AKIMS(Entity.MASLIKHAT, Act.DISMISS,
            Set.of(Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL,
                    Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            Map.of("Art. 87(5)", Edition.TEXT_OF_1995, "Art. 87(4)", Edition.TEXT_OF_1995)),
    // Art. 86(5), in each edition since 1995: until 20 May 2007 the Senate ends a maslikhat's powers early
    // (on the grounds and in the manner the law establishes) and no other body but the maslikhat itself;
    // from 21 May 2007 the President alone, from 10 March 2017 after consultations: anyone else ending a
    // maslikhat's powers, the Senate's from 2007 (legal decisions 218 and 255)
    OTHERS_END_MASLIKHAT_POWERS(
            everyoneBut(Entity.PRESIDENT, Entity.MASLIKHAT),
            Act.DISSOLVE,
            Set.of(Entity.MASLIKHAT),
            withOfficesEnded(Map.of("Art. 86(5)", Edition.TEXT_OF_1995))),
    // Art. 88(3), the same words from 1995 to 2026: a maslikhat's decisions are cancelled by a court only,
    // read against Art. 88(4), which gave the akims' acts to the President, the Government and the higher
    // akim: anyone but a court cancelling a maslikhat's decision (legal decisions 218 and 256)
    OTHERS_REVOKE_MASLIKHAT_DECISIONS(
            everyoneBut(Entity.COURT, Entity.SUPREME_COURT, Entity.MASLIKHAT),
            Act.REVOKE_ACT,
            Set.of(Entity.MASLIKHAT),
            withOfficesEnded(Map.of("Art. 88(3)", Edition.TEXT_OF_1995))),
    // Art. 70(1): before the newly elected President until 9 March 2017 (left open: no circumstance states
    // one), before the newly elected Majilis from 10 March 2017: the Government lays down its powers
    // (legal decision 257)
    GOVERNMENT_LAYS_DOWN_POWERS(Entity.GOVERNMENT, Act.LAY_DOWN_POWERS, Set.of(Entity.GOVERNMENT),
            Map.of("Art. 70(1)", Edition.TEXT_OF_1995)),
    // Art. 44(3), in each edition since 1995: the President determines the structure of the Government on
    // the Prime Minister's proposal (legal decision 258)
    PRESIDENT_DETERMINES_GOVERNMENT_STRUCTURE(Entity.PRESIDENT, Act.DETERMINE_STRUCTURE, Set.of(Entity.GOVERNMENT),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995)),
    // Art. 50(2), in each edition since 1995: the President appoints the senators not elected (seven, from
    // 2007 fifteen), the Assembly of the People none: the Assembly appointing or electing a senator (legal
    // decision 259; the seats on its proposal are ASSEMBLY_SENATORS_BEFORE_2023's); Art. 43(4), the bar on
    // the President's close relatives, from 2022
    ASSEMBLY_APPOINTS_SENATORS(Entity.ASSEMBLY_OF_PEOPLE, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.APPOINTED_SENATOR),
            Map.of("Art. 50(2)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 23(1), the same words from 1995: the deputies of the Majilis elected by the Assembly of the People
    // join a party as citizens, named in no bar of Art. 23(2) before 8 June 2022; Art. 51(1) of 1995 and
    // 1998: no deputy elected by the Assembly until 20 May 2007 (legal decision 260)
    ASSEMBLY_DEPUTIES_JOIN_PARTY(Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY,
            Act.JOIN_PARTY,
            Set.of(Entity.POLITICAL_PARTY),
            Map.of("Art. 23(1)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995)),
    // Art. 63(1) of 1995 (to 20 May 2007: the President dissolves Parliament as a whole, no one the Majilis
    // alone) and Art. 63(2) (the bars, whoever acts); from 21 May 2007 the closing items of the lists of
    // powers, Art. 55(6) (the Senate) and Art. 53(8) (Parliament): neither the Senate nor Parliament
    // dissolves the Majilis or Parliament (legal decision 245)
    CHAMBERS_DISSOLVE_PARLIAMENT(Set.of(Entity.SENATE, Entity.PARLIAMENT), Act.DISSOLVE, Set.of(Entity.MAJILIS, Entity.PARLIAMENT),
            Map.of("Art. 63(1)", Edition.TEXT_OF_1995, "Art. 63(2)", Edition.TEXT_OF_1995,
                    "Art. 55(6)", Edition.LAW_OF_21_MAY_2007, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // Art. 63(2), in each edition since 1995: the bars on dissolving Parliament (from 21 May 2007 the Majilis
    // too) during a state of emergency or martial law, in the last six months of the President's term, within
    // a year of the last dissolution, whoever dissolves; no provision gives anyone but the President the
    // dissolution itself, and no rule of 2019 answers it either (legal decision 280)
    OTHERS_DISSOLVE_PARLIAMENT(everyoneBut(Entity.PRESIDENT, Entity.SENATE, Entity.PARLIAMENT, Entity.MAJILIS), Act.DISSOLVE,
            Set.of(Entity.MAJILIS, Entity.PARLIAMENT),
            withOfficesEnded(Map.of("Art. 63(2)", Edition.TEXT_OF_1995))),
    // Art. 56(4) of 1995 and 1998, Art. 56(1)(3) as Law No. 254-III of 2007 worded it: announcing the regular
    // presidential election is the Majilis's exclusive power, no other actor's (the President's is
    // PRESIDENT_CALLS_PRESIDENTIAL_ELECTION) (legal decision 246)
    OTHERS_CALL_PRESIDENTIAL_ELECTION(everyoneBut(Entity.MAJILIS, Entity.PRESIDENT), Act.CALL, Set.of(Entity.PRESIDENTIAL_ELECTION),
            withOfficesEnded(Map.of("Art. 56(4)", Edition.TEXT_OF_1995, "Art. 56(1)(3)", Edition.LAW_OF_21_MAY_2007))),
    // Art. 41(1), in each edition since 1995: the citizens elect the President directly; no other actor elects
    // or appoints him (legal decision 246)
    OTHERS_ELECT_PRESIDENT(everyoneBut(Entity.VOTERS), Set.of(Act.ELECT, Act.APPOINT), Set.of(Entity.PRESIDENT),
            withOfficesEnded(Map.of("Art. 41(1)", Edition.TEXT_OF_1995))),
    // Art. 47(2), in each edition since 1995: only the Majilis brings the charge of high treason, no other
    // body, office or person; Art. 47(3), the bar while the President considers ending Parliament's (from 2007
    // also the Majilis's) powers, which speaks to whoever brings it (legal decision 247)
    OTHERS_BRING_TREASON_CHARGE(
            everyoneBut(Entity.MAJILIS),
            Act.BRING_CHARGE,
            Set.of(Entity.PRESIDENT, Entity.TREASON_CHARGE),
            withOfficesEnded(Map.of("Art. 47(2)", Edition.TEXT_OF_1995, "Art. 47(3)", Edition.TEXT_OF_1995))),
    // Art. 47(2), in each edition since 1995: the Senate organises the investigation of the charge, not the
    // Majilis, Parliament or the Supreme Court; from 2019 the closing items of the Majilis's and Parliament's
    // lists, Art. 56(1)(4) and 53(8) (legal decision 247)
    OTHERS_INVESTIGATE_TREASON(Set.of(Entity.MAJILIS, Entity.PARLIAMENT, Entity.SUPREME_COURT), Act.INVESTIGATE,
            Set.of(Entity.PRESIDENT, Entity.TREASON_CHARGE),
            Map.of("Art. 47(2)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(8)", Edition.TEXT_OF_1995)),
    // Art. 71(5), in each edition since 1995: the consent to arrest or prosecute the Constitutional Council's
    // Chair or members is Parliament's, not either Chamber's; Art. 99(1), from 8 June 2022 left open, and Art.
    // 72(1), from 2023 the Council is gone (legal decision 249)
    CHAMBERS_LIFT_IMMUNITY_OF_CONSTITUTIONAL_COUNCIL(Set.of(Entity.MAJILIS, Entity.SENATE), Act.LIFT_IMMUNITY,
            Set.of(Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL),
            Map.of("Art. 71(5)", Edition.TEXT_OF_1995, "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022, "Art. 72(1)", Edition.TEXT_OF_1995)),
    // Art. 55(3) of 1995: lifting the immunity of the Prosecutor General and of the Supreme Court's Chair and
    // judges is the Senate's exclusive power; from 21 May 2007 the closing items of the Majilis's and
    // Parliament's lists, Art. 56(1)(4) and 53(8) (legal decision 249)
    OTHERS_LIFT_IMMUNITY_OF_SENATE_APPOINTEES(Set.of(Entity.MAJILIS, Entity.PARLIAMENT), Act.LIFT_IMMUNITY,
            Set.of(Entity.PROSECUTOR_GENERAL, Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT),
            Map.of("Art. 55(3)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // Art. 55(1) of 1995 (not amended in 1998): the Senate alone elects and releases the Supreme Court's
    // Chair and judges, on the President's proposal (answering for the Majilis until 20 May 2007); the
    // closing items of the lists of powers, Art. 53(13) of 1995 and Art. 53(8) from 2007 (Parliament; the
    // 1995 wording of Art. 53(8), war and peace, is another family's), and Art. 56(1)(4) from 21 May 2007
    // (the Majilis): neither the Majilis nor Parliament appoints, elects or releases them; Art. 43(4) of
    // 8 June 2022, the bar on the President's close relatives (legal decision 235)
    CHAMBERS_ELECT_SUPREME_COURT(Set.of(Entity.MAJILIS, Entity.PARLIAMENT), Set.of(Act.APPOINT, Act.ELECT, Act.DISMISS),
            Set.of(Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT),
            Map.of("Art. 55(1)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // The same provisions, and Art. 55(6) from 21 May 2007 (the Senate; until then Art. 55(1), its election of
    // the Chair): the Chair of the Supreme Court is elected, and no body consents to his appointment (legal
    // decision 235)
    CHAMBERS_CONSENT_TO_CHAIR_OF_SUPREME_COURT(Set.of(Entity.MAJILIS, Entity.PARLIAMENT, Entity.SENATE), Act.CONSENT,
            Set.of(Entity.CHAIR_OF_SUPREME_COURT),
            Map.of("Art. 55(1)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 55(6)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 82(1), in each edition since 1995: the Senate elects the Supreme Court's Chair and judges; the
    // President only proposes them (the rules of his appointment speak to his election too); Art. 43(4),
    // from 2022 (legal decision 235)
    PRESIDENT_ELECTS_SUPREME_COURT(Entity.PRESIDENT, Act.ELECT, Set.of(Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT),
            Map.of("Art. 82(1)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 56(3) of 1995 and 1998: the Majilis alone elects the Chair and members of the Central Election
    // Commission, on the President's proposal, by a majority of all its deputies (Art. 62(5)), and no one
    // consents; from 21 May 2007 the President and the Chambers appoint them (Art. 44(7), 57(1)) and the
    // closing items deny the election and the consent: Art. 56(1)(4) (the Majilis), Art. 55(6) (the Senate),
    // Art. 53(13) of 1995 and Art. 53(8) from 2007 (Parliament); Art. 43(4), from 2022 (legal decision 236)
    CHAMBERS_ELECT_CENTRAL_ELECTION_COMMISSION(Set.of(Entity.MAJILIS, Entity.SENATE, Entity.PARLIAMENT),
            Set.of(Act.ELECT, Act.CONSENT),
            Set.of(Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION, Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION),
            Map.of("Art. 56(3)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 55(6)", Edition.LAW_OF_21_MAY_2007, "Art. 53(13)", Edition.TEXT_OF_1995,
                    "Art. 53(8)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 53(7) of 1995 and 1998: the vote of no confidence in the Government is Parliament's at a joint
    // sitting, no other body's; Art. 70(3), from 21 May 2007 in the words Law No. 254-III gave it (its first
    // wording, of 1995, is GOVERNMENT_RESIGNS's): the Government resigns on the Majilis's or Parliament's
    // vote alone; the Senate, the President, a minister or anyone else does not express it (legal decision 220)
    OTHERS_NO_CONFIDENCE_IN_GOVERNMENT(
            everyoneBut(Entity.MAJILIS, Entity.PARLIAMENT),
            Act.NO_CONFIDENCE,
            Set.of(Entity.GOVERNMENT),
            withOfficesEnded(Map.of("Art. 53(7)", Edition.TEXT_OF_1995, "Art. 70(3)", Edition.TEXT_OF_1995))),
    // Art. 82(4), in each edition since 1995: the President appoints the Higher Judicial Council's members
    // and, from 1998, its Chair, and no one else (in 1995 no Chair: he heads it himself); Art. 55(5) of 1995,
    // the Senate's delegation of two deputies until 20 May 2007 (left open); from 8 June 2022 Art. 82(5),
    // the members' forming left to a law; the closing items of the Chambers' and Parliament's lists the
    // rules of 2019 cite (Art. 55(6), 56(1)(4), 53(8)); Art. 43(4), from 2022 (legal decision 237)
    OTHERS_APPOINT_HIGHER_JUDICIAL_COUNCIL(everyoneBut(Entity.PRESIDENT), Act.APPOINT,
            Set.of(Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, Entity.MEMBER_OF_HIGHER_JUDICIAL_COUNCIL),
            withOfficesEnded(Map.of("Art. 82(4)", Edition.TEXT_OF_1995, "Art. 55(5)", Edition.TEXT_OF_1995,
                    "Art. 82(5)", Edition.LAW_OF_8_JUNE_2022, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022))),
    // Art. 53(13) of 1995 (Art. 53 not amended in 1998) and Art. 53(8) from 21 May 2007, the closing item of
    // Parliament's list of powers in every edition: no provision of any wording gives Parliament the appointment
    // or election of these officials (it consented to the Prime Minister and the Chair of the National Bank until
    // 20 May 2007, another family's act); from 2022 the bar on the President's close relatives, Art. 43(4), and the
    // ends of the Constitutional Council, the Accounts Committee and the Assembly's deputies of the Majilis, Art.
    // 99(1), 72(1), 51(1), which the later rules cite (legal decision 242)
    PARLIAMENT_APPOINTS_OR_ELECTS_OFFICIALS(Entity.PARLIAMENT, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.AKIM_OF_CAPITAL, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_REGION,
                    Entity.APPOINTED_SENATOR, Entity.CHAIR_OF_ACCOUNTS_COMMITTEE, Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL,
                    Entity.CHAIR_OF_NATIONAL_BANK, Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE, Entity.ELECTED_SENATOR,
                    Entity.HEAD_OF_DIPLOMATIC_MISSION, Entity.HEAD_OF_QUASI_PUBLIC_ENTITY,
                    Entity.HEAD_OF_STATE_PROTECTION_SERVICE, Entity.HEAD_OF_SUBORDINATE_BODY, Entity.JUDGE_OF_LOCAL_COURT,
                    Entity.LAW_ENFORCEMENT_OFFICER, Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY,
                    Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MEMBER_OF_ACCOUNTS_COMMITTEE,
                    Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL, Entity.MILITARY_SERVICEMAN, Entity.MINISTER,
                    Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_FOREIGN_AFFAIRS, Entity.MINISTER_OF_INTERNAL_AFFAIRS,
                    Entity.NATIONAL_SECURITY_OFFICER, Entity.OMBUDSMAN, Entity.POLITICAL_CIVIL_SERVANT,
                    Entity.PROSECUTOR_GENERAL, Entity.STATE_COUNSELOR, Entity.STATE_SECRETARY,
                    Entity.SUPREME_COMMAND_OF_ARMED_FORCES, Entity.VICE_PRESIDENT),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022, "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022,
                    "Art. 72(1)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995)),
    // The same closing items: Parliament elects none of the officials others appoint, the Prime Minister and
    // the Higher Judicial Council's Chair and members; Art. 43(4), from 2022 (legal decision 242)
    PARLIAMENT_ELECTS_APPOINTED_OFFICIALS(Entity.PARLIAMENT, Act.ELECT,
            Set.of(Entity.PRIME_MINISTER, Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, Entity.MEMBER_OF_HIGHER_JUDICIAL_COUNCIL),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // The same closing items: Parliament appoints none of the Central Election Commission, which the Majilis
    // elects until 20 May 2007 and the President and each Chamber appoint from 21 May 2007; Art. 43(4), from
    // 2022 (legal decision 242)
    PARLIAMENT_APPOINTS_CENTRAL_ELECTION_COMMISSION(Entity.PARLIAMENT, Act.APPOINT,
            Set.of(Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION, Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // The same closing items: Parliament consents to no appointment of the Commissioner for Human Rights, a Vice
    // President, the Higher Judicial Council's Chair or the head of the State Protection Service (until 20 May
    // 2007 only to the Prime Minister's and the National Bank Chair's, Art. 53(5)); Art. 55(2), whose wording
    // of 2022 makes the consent to the Higher Judicial Council's Chair the Senate's exclusive power (legal
    // decision 243)
    PARLIAMENT_CONSENTS_TO_OFFICIALS(Entity.PARLIAMENT, Act.CONSENT,
            Set.of(Entity.OMBUDSMAN, Entity.VICE_PRESIDENT, Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL,
                    Entity.HEAD_OF_STATE_PROTECTION_SERVICE),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995, "Art. 55(2)", Edition.TEXT_OF_1995)),
    // The same closing items: Parliament releases neither the Commissioner, a local judge nor the Central
    // Election Commission's Chair or members (legal decision 243)
    PARLIAMENT_RELEASES_OFFICIALS(Entity.PARLIAMENT, Act.DISMISS,
            Set.of(Entity.OMBUDSMAN, Entity.JUDGE_OF_LOCAL_COURT, Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION,
                    Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // The same closing items: Parliament forms no People's Council, which no wording before 2026 names (legal
    // decision 243)
    PARLIAMENT_FORMS_PEOPLES_COUNCIL(Entity.PARLIAMENT, Act.FORM, Set.of(Entity.PEOPLES_COUNCIL),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // The same closing items: Parliament lifts no immunity of the Commissioner for Human Rights (legal decision 243)
    PARLIAMENT_LIFTS_IMMUNITY_OF_OMBUDSMAN(Entity.PARLIAMENT, Act.LIFT_IMMUNITY, Set.of(Entity.OMBUDSMAN),
            Map.of("Art. 53(13)", Edition.TEXT_OF_1995, "Art. 53(8)", Edition.TEXT_OF_1995)),
    // Art. 44 of 1995 and 1998, item by item: the President appoints the members of the Government (44(3)), the
    // Chair of the National Bank (44(4)), the heads of diplomatic missions (44(6)), the Chair of the Accounts
    // Committee (44(7)), the supreme command (44(12)) and the State Secretary (44(19)), and the Prosecutor General
    // and the Chair of the National Security Committee with the Senate's consent (Art. 55(2) of 1995); from 21 May
    // 2007 the closing item of the Majilis's list, Art. 56(1)(4): the Majilis neither appoints nor elects them;
    // Art. 57(1), which from 2019 answers its appointment of the Accounts Committee's Chair; Art. 43(4) and 99(1)
    // of 2022, the bar on the President's close relatives and the audit bodies' end (legal decision 238)
    MAJILIS_APPOINTS_PRESIDENTS_APPOINTEES(Entity.MAJILIS, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.MINISTER, Entity.MINISTER_OF_FOREIGN_AFFAIRS, Entity.MINISTER_OF_DEFENCE,
                    Entity.MINISTER_OF_INTERNAL_AFFAIRS, Entity.CHAIR_OF_NATIONAL_BANK, Entity.PROSECUTOR_GENERAL,
                    Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE, Entity.HEAD_OF_DIPLOMATIC_MISSION,
                    Entity.CHAIR_OF_ACCOUNTS_COMMITTEE, Entity.SUPREME_COMMAND_OF_ARMED_FORCES, Entity.STATE_SECRETARY),
            Map.ofEntries(Map.entry("Art. 44(3)", Edition.TEXT_OF_1995), Map.entry("Art. 44(4)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 55(2)", Edition.TEXT_OF_1995), Map.entry("Art. 44(6)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 44(7)", Edition.TEXT_OF_1995), Map.entry("Art. 44(12)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 44(19)", Edition.TEXT_OF_1995), Map.entry("Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007),
                    Map.entry("Art. 57(1)", Edition.TEXT_OF_1995), Map.entry("Art. 43(4)", Edition.LAW_OF_8_JUNE_2022),
                    Map.entry("Art. 99(1)", Edition.LAW_OF_8_JUNE_2022))),
    // Art. 44(3) of 1995 and 1998: the President appoints the Prime Minister with Parliament's consent; from 21
    // May 2007 Art. 56(1)(4): the Majilis consents (Art. 56(1)(2)) but does not elect him (legal decision 238)
    MAJILIS_ELECTS_PRIME_MINISTER(Entity.MAJILIS, Act.ELECT, Set.of(Entity.PRIME_MINISTER),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 63(1) of 1995 (to 20 May 2007: the President dissolves Parliament as a whole, no one the Majilis
    // alone) and Art. 63(2) (the bars, whoever dissolves); from 21 May 2007 Art. 56(1)(4): the Majilis
    // dissolves neither itself nor Parliament (legal decision 239)
    MAJILIS_DISSOLVES_PARLIAMENT(Entity.MAJILIS, Act.DISSOLVE, Set.of(Entity.MAJILIS, Entity.PARLIAMENT),
            Map.of("Art. 63(1)", Edition.TEXT_OF_1995, "Art. 63(2)", Edition.TEXT_OF_1995,
                    "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 51(1) of 1995 and 1998 (the voters elect the Majilis's deputies; none by the Assembly of the People
    // until 2007) and Art. 50(2) (the senators elected by the local representative bodies' deputies, seven
    // appointed by the President); from 21 May 2007 Art. 56(1)(4): the Majilis neither appoints nor elects a
    // deputy or a senator (legal decision 239)
    MAJILIS_APPOINTS_DEPUTIES_AND_SENATORS(Entity.MAJILIS, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY,
                    Entity.ELECTED_SENATOR, Entity.APPOINTED_SENATOR),
            Map.of("Art. 51(1)", Edition.TEXT_OF_1995, "Art. 50(2)", Edition.TEXT_OF_1995,
                    "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 58(1) of 1995: the Majilis elects its Chair and does not appoint him; from 21 May 2007 Art. 56(1)(4)
    // (legal decision 239)
    MAJILIS_APPOINTS_ITS_CHAIR(Entity.MAJILIS, Act.APPOINT, Set.of(Entity.CHAIR_OF_MAJILIS),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 56(3) of 1995 and 1998: the Majilis releases the Central Election Commission's Chair on the President's
    // proposal, by a majority of all its deputies (Art. 62(5)), and elects him: no one appoints him; from 21 May
    // 2007 the President appoints him (Art. 44(7)) and Art. 56(1)(4) denies the Majilis both; from 2019 its
    // appointment is answered by Art. 57(1), the Chambers' members (legal decision 240)
    MAJILIS_APPOINTS_OR_RELEASES_CENTRAL_ELECTION_CHAIR(Entity.MAJILIS, Set.of(Act.APPOINT, Act.DISMISS),
            Set.of(Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION),
            Map.of("Art. 56(3)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 57(1)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022, "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 71(2) of 1995 (the Chair of the Constitutional Council), 82(3) of 1995 and 1998 (the judges of the
    // other courts) and 87(4) of 1995 and 1998 (the akims of oblasts, cities of republican significance and the
    // capital): the President appoints them; from 21 May 2007 Art. 56(1)(4); the provisions of 2022 that speak
    // to these appointments (legal decision 238)
    MAJILIS_APPOINTS_OTHER_PRESIDENTS_APPOINTEES(Entity.MAJILIS, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, Entity.JUDGE_OF_LOCAL_COURT, Entity.AKIM_OF_REGION,
                    Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL),
            Map.of("Art. 71(2)", Edition.TEXT_OF_1995, "Art. 82(3)", Edition.TEXT_OF_1995, "Art. 87(4)", Edition.TEXT_OF_1995,
                    "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022,
                    "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022, "Art. 72(1)", Edition.TEXT_OF_1995,
                    "Art. 82(2)", Edition.TEXT_OF_1995, "Art. 71(3)", Edition.TEXT_OF_1995)),
    // Art. 56 of 1995 and 1998, cited whole: the list of the Majilis's powers had no closing item, and no
    // provision gives anyone these powers over offices and bodies the texts do not provide for (left open,
    // decisions 6 and 234); from 21 May 2007 Art. 56(1)(4) denies them (legal decision 241)
    MAJILIS_APPOINTS_OFFICES_NOT_PROVIDED(Entity.MAJILIS, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.VICE_PRESIDENT, Entity.OMBUDSMAN, Entity.STATE_COUNSELOR, Entity.POLITICAL_CIVIL_SERVANT,
                    Entity.HEAD_OF_QUASI_PUBLIC_ENTITY, Entity.MILITARY_SERVICEMAN, Entity.NATIONAL_SECURITY_OFFICER,
                    Entity.LAW_ENFORCEMENT_OFFICER, Entity.HEAD_OF_SUBORDINATE_BODY, Entity.HEAD_OF_STATE_PROTECTION_SERVICE),
            Map.of("Art. 56", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022, "Art. 55(1-1)", Edition.LAW_OF_10_MARCH_2017)),
    MAJILIS_CONSENTS_TO_OFFICES_NOT_PROVIDED(Entity.MAJILIS, Act.CONSENT,
            Set.of(Entity.OMBUDSMAN, Entity.VICE_PRESIDENT, Entity.HEAD_OF_STATE_PROTECTION_SERVICE),
            Map.of("Art. 56", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 55(1-1)", Edition.LAW_OF_10_MARCH_2017)),
    MAJILIS_RELEASES_OMBUDSMAN(Entity.MAJILIS, Set.of(Act.DISMISS, Act.LIFT_IMMUNITY), Set.of(Entity.OMBUDSMAN),
            Map.of("Art. 56", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 55(1-1)", Edition.LAW_OF_10_MARCH_2017, "Art. 83-1(3)", Edition.LAW_OF_8_JUNE_2022)),
    MAJILIS_FORMS_PEOPLES_COUNCIL(Entity.MAJILIS, Act.FORM, Set.of(Entity.PEOPLES_COUNCIL),
            Map.of("Art. 56", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007)),
    // The Senate's own appointment or election of the officials the President appoints: until 20 May 2007 the
    // provision of 1995 (and of 1998 where Law No. 284-I named the article) giving each appointment to the
    // President - Art. 44(3) the members of the Government, 44(4) the Chair of the National Bank, 44(6) the heads
    // of diplomatic missions, 44(7) the Chair of the Accounts Committee, 44(12) the supreme command, 44(19) the
    // State Secretary, 50(2) the seven appointed senators, 55(2) the Prosecutor General and the Chair of the
    // National Security Committee, 71(2) the Chair of the Constitutional Council, 82(2) and 82(3) the judges of
    // the local courts, 87(4) the akims; from 21 May 2007 the closing item of the Senate's list, Art. 55(6); Art.
    // 57(1), which the rule of 2019 cites for the Accounts Committee's Chair; the rules of 2022 and 2023 that speak
    // to any appointment (Art. 43(4), the President's close relatives; Art. 99(1) and 72(1), the Constitutional
    // Council's and the Accounts Committee's end) (legal decision 221)
    SENATE_APPOINTS_PRESIDENTS_APPOINTEES(Entity.SENATE, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.MINISTER, Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_FOREIGN_AFFAIRS,
                    Entity.MINISTER_OF_INTERNAL_AFFAIRS, Entity.CHAIR_OF_NATIONAL_BANK, Entity.PROSECUTOR_GENERAL,
                    Entity.CHAIR_OF_NATIONAL_SECURITY_COMMITTEE, Entity.HEAD_OF_DIPLOMATIC_MISSION,
                    Entity.CHAIR_OF_ACCOUNTS_COMMITTEE, Entity.SUPREME_COMMAND_OF_ARMED_FORCES, Entity.STATE_SECRETARY,
                    Entity.APPOINTED_SENATOR, Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, Entity.JUDGE_OF_LOCAL_COURT,
                    Entity.AKIM_OF_REGION, Entity.AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE, Entity.AKIM_OF_CAPITAL),
            Map.ofEntries(Map.entry("Art. 44(3)", Edition.TEXT_OF_1995), Map.entry("Art. 44(4)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 44(6)", Edition.TEXT_OF_1995), Map.entry("Art. 44(7)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 44(12)", Edition.TEXT_OF_1995), Map.entry("Art. 44(19)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 50(2)", Edition.TEXT_OF_1995), Map.entry("Art. 55(2)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 71(2)", Edition.TEXT_OF_1995), Map.entry("Art. 82(2)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 82(3)", Edition.TEXT_OF_1995), Map.entry("Art. 87(4)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 55(6)", Edition.LAW_OF_21_MAY_2007), Map.entry("Art. 57(1)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 43(4)", Edition.LAW_OF_8_JUNE_2022), Map.entry("Art. 72(1)", Edition.TEXT_OF_1995),
                    Map.entry("Art. 99(1)", Edition.LAW_OF_8_JUNE_2022))),
    // Art. 44(3) of 1995 and 1998: the President appoints the Prime Minister, Parliament consenting; from 21 May
    // 2007 the closing item, Art. 55(6): the Senate does not elect him; Art. 43(4), from 2022 (legal decision 221)
    SENATE_ELECTS_PRIME_MINISTER(Entity.SENATE, Act.ELECT, Set.of(Entity.PRIME_MINISTER),
            Map.of("Art. 44(3)", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 50(2) of 1995 and 1998 (the elected senators, the local representative bodies' to elect) and Art.
    // 51(1) (the Majilis's deputies, the voters'; none elected by the Assembly of the People until 20 May 2007,
    // their absence); from 21 May 2007 the closing item, Art. 55(6): the Senate neither appoints nor elects a
    // deputy; Art. 43(4), from 2022 (legal decision 222)
    SENATE_ELECTS_DEPUTIES(Entity.SENATE, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.ELECTED_SENATOR, Entity.MAJILIS_DEPUTY, Entity.MAJILIS_DEPUTY_SINGLE_MEMBER,
                    Entity.MAJILIS_DEPUTY_FROM_ASSEMBLY),
            Map.of("Art. 50(2)", Edition.TEXT_OF_1995, "Art. 51(1)", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 55 of 1995 (not amended in 1998): the Senate's list without a closing item, and no provision of those
    // wordings giving anyone the appointment of these offices - left open until 20 May 2007; from 21 May 2007 the
    // closing item, Art. 55(6); Art. 43(4), from 2022 (legal decision 222)
    SENATE_APPOINTS_OFFICES_NOT_GIVEN(Entity.SENATE, Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.VICE_PRESIDENT, Entity.STATE_COUNSELOR, Entity.HEAD_OF_SUBORDINATE_BODY,
                    Entity.HEAD_OF_STATE_PROTECTION_SERVICE, Entity.POLITICAL_CIVIL_SERVANT, Entity.HEAD_OF_QUASI_PUBLIC_ENTITY,
                    Entity.MILITARY_SERVICEMAN, Entity.NATIONAL_SECURITY_OFFICER, Entity.LAW_ENFORCEMENT_OFFICER),
            Map.of("Art. 55", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 56(3) of 1995 and 1998: the Majilis alone elects and releases the Central Election Commission's Chair;
    // Art. 79(1) of 1995: a judge's powers end on the grounds of the law, no provision saying who releases a local
    // judge (left open); from 21 May 2007 the closing item, Art. 55(6) (legal decision 223)
    SENATE_RELEASES_ELECTION_CHAIR_AND_LOCAL_JUDGES(Entity.SENATE, Act.DISMISS,
            Set.of(Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION, Entity.JUDGE_OF_LOCAL_COURT),
            Map.of("Art. 56(3)", Edition.TEXT_OF_1995, "Art. 79(1)", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 87(4), in each edition since 1995: the akims below the oblast level are appointed by the akims above
    // them (1995: anyone's election and anyone else's appointment denied; an akim of a unit, who may be the one
    // above, left open); from 1998 they are appointed or elected in the order the President determines, from
    // 2017 as the law determines (neither modelled): whoever appoints or elects them but the President, whose
    // appointment is his own family; Art. 43(4), the bar on the President's close relatives, from 2022, and the
    // offices ended in 2023 (legal decisions 146 and 274)
    OTHERS_APPOINT_LOWER_AKIMS(everyoneBut(Entity.PRESIDENT), Set.of(Act.APPOINT, Act.ELECT),
            Set.of(Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            withOfficesEnded(Map.of("Art. 87(4)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022))),
    // Art. 87(4), in each edition since 1995: until 2017 the President may release any akim at his discretion
    // and the text names no one else (left open); from 2017 the law determines (not modelled): anyone's
    // dismissal of these akims but the President's and the maslikhat's (Art. 87(5) denies the maslikhat's,
    // MASLIKHAT_DISMISSES_AKIMS), and anyone's recall of them but the President's (legal decision 274)
    OTHERS_DISMISS_LOWER_AKIMS(everyoneBut(Entity.PRESIDENT, Entity.MASLIKHAT), Act.DISMISS,
            Set.of(Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            withOfficesEnded(Map.of("Art. 87(4)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022))),
    OTHERS_RECALL_LOWER_AKIMS(everyoneBut(Entity.PRESIDENT), Act.RECALL,
            Set.of(Entity.AKIM_OF_DISTRICT, Entity.AKIM_OF_RURAL_DISTRICT),
            withOfficesEnded(Map.of("Art. 87(4)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022))),
    // Each Chamber's release of the members of the Constitutional Council, the Central Election Commission and
    // the Accounts Committee: Art. 57(1) from 1995 (the Accounts Committee's members, its appointment silent on
    // the release; from 2007 all three); Art. 71(3) of 1995, the Chairs appoint the Council's members; Art.
    // 56(3) of 1995 and 1998, the Majilis releases the Commission's members on the President's proposal, by a
    // majority of all its deputies (Art. 62(5)); Art. 99(1) and 72(1), the bodies' end (legal decision 275)
    CHAMBERS_RELEASE_MEMBERS_OF_BODIES(Set.of(Entity.SENATE, Entity.MAJILIS), Act.DISMISS,
            Set.of(Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL, Entity.MEMBER_OF_CENTRAL_ELECTION_COMMISSION,
                    Entity.MEMBER_OF_ACCOUNTS_COMMITTEE),
            Map.of("Art. 57(1)", Edition.TEXT_OF_1995, "Art. 71(3)", Edition.TEXT_OF_1995, "Art. 56(3)", Edition.TEXT_OF_1995,
                    "Art. 62(5)", Edition.TEXT_OF_1995, "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022, "Art. 72(1)", Edition.TEXT_OF_1995)),
    // Art. 23(1), the same words from 1995 to 7 June 2022: a deputy of a single-member district joins a party as
    // every citizen, no bar naming him; Art. 50(3), from 21 May 2007 the election of the deputies is left to the
    // constitutional law, whether any is elected in a single-member district open (legal decision 276)
    SINGLE_MEMBER_DEPUTIES_JOIN_PARTY(Entity.MAJILIS_DEPUTY_SINGLE_MEMBER, Act.JOIN_PARTY, Set.of(Entity.POLITICAL_PARTY),
            Map.of("Art. 23(1)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995)),
    // The Senate's own appointment of the officials the texts have elected: until 20 May 2007 Art. 58(1) (it
    // elects its Chair), Art. 55(1) (it elects the Supreme Court's Chair and judges) and Art. 56(3) of 1995 and
    // 1998 (the Majilis elects the Central Election Commission's Chair): no one appoints them; from 21 May 2007
    // the closing item, Art. 55(6); Art. 57(1), which the rule of 2019 cites for the Commission's Chair (legal
    // decision 263)
    SENATE_APPOINTS_ELECTED_OFFICIALS(Entity.SENATE, Act.APPOINT,
            Set.of(Entity.CHAIR_OF_SENATE, Entity.CHAIR_OF_SUPREME_COURT, Entity.JUDGE_OF_SUPREME_COURT,
                    Entity.CHAIR_OF_CENTRAL_ELECTION_COMMISSION),
            Map.of("Art. 58(1)", Edition.TEXT_OF_1995, "Art. 55(1)", Edition.TEXT_OF_1995, "Art. 56(3)", Edition.TEXT_OF_1995,
                    "Art. 55(6)", Edition.LAW_OF_21_MAY_2007, "Art. 57(1)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 55 of 1995 (not amended in 1998), cited whole: the Senate's list without a closing item, and no provision
    // of those wordings giving anyone the appointment of a Commissioner for Human Rights, a consent to the
    // appointment of a Commissioner, a Vice President or the head of the State Protection Service, or the forming of
    // a People's Council - left open until 20 May 2007; from 21 May 2007 the closing item, Art. 55(6); Art. 43(4),
    // the bar on the President's close relatives, from 2022, for the appointment (legal decision 264)
    SENATE_APPOINTS_OMBUDSMAN(Entity.SENATE, Act.APPOINT, Set.of(Entity.OMBUDSMAN),
            Map.of("Art. 55", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // The same provisions for the consent to the three, and for the Higher Judicial Council's Chair Art. 82(4) of
    // 1995 (no Chair) and 1998 (the President's, with no one's consent) and Art. 55(2), which the rule of 2019 cites
    // and whose wording of 2022 grants the consent, by a majority of all the senators (Art. 62(5)) (legal decisions
    // 264 and 265)
    SENATE_CONSENTS_TO_OFFICIALS(Entity.SENATE, Act.CONSENT,
            Set.of(Entity.OMBUDSMAN, Entity.VICE_PRESIDENT, Entity.HEAD_OF_STATE_PROTECTION_SERVICE,
                    Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL),
            Map.of("Art. 55", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007, "Art. 82(4)", Edition.TEXT_OF_1995,
                    "Art. 55(2)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995)),
    SENATE_FORMS_PEOPLES_COUNCIL(Entity.SENATE, Act.FORM, Set.of(Entity.PEOPLES_COUNCIL),
            Map.of("Art. 55", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007)),
    // The Senate's election of members of bodies others fill: until 20 May 2007 Art. 71(3) (the President and the
    // Chairs of the Chambers appoint the Constitutional Council's members), Art. 82(4) (no Chair of the Higher
    // Judicial Council in 1995, the President's from 1998), Art. 55(5) (the Senate's delegation of two deputies to
    // it, left open) and Art. 57(1) of 1995 and 1998 (each Chamber appoints, not elects, members of the Accounts
    // Committee); from 21 May 2007 the closing item, Art. 55(6); Art. 43(4), from 2022; Art. 72(1), which the rule
    // of the Constitutional Council's end cites (legal decision 265)
    SENATE_ELECTS_MEMBERS_OF_BODIES(Entity.SENATE, Act.ELECT,
            Set.of(Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL, Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL,
                    Entity.MEMBER_OF_HIGHER_JUDICIAL_COUNCIL, Entity.MEMBER_OF_ACCOUNTS_COMMITTEE),
            Map.of("Art. 71(3)", Edition.TEXT_OF_1995, "Art. 82(4)", Edition.TEXT_OF_1995, "Art. 55(5)", Edition.TEXT_OF_1995,
                    "Art. 57(1)", Edition.TEXT_OF_1995, "Art. 55(6)", Edition.LAW_OF_21_MAY_2007,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022, "Art. 72(1)", Edition.TEXT_OF_1995)),
    // Art. 71(3) of 1995 (the President and the Chairs of the Chambers appoint the Constitutional Council's
    // members until 20 May 2007), Art. 57(1) of 1995 and 1998 (each Chamber appoints members of the Accounts
    // Committee), Art. 82(4) of 1995 and 1998 (the President heads the Higher Judicial Council in 1995, appoints
    // its Chair from 1998 and its judges and other persons): each of these offices is filled by appointment and
    // the Majilis elects none; from 21 May 2007 the closing item, Art. 56(1)(4); Art. 72(1), the Council's end
    // from 2023; Art. 43(4), the bar on the President's close relatives, from 2022 (legal decision 268)
    MAJILIS_ELECTS_APPOINTED_MEMBERS(Entity.MAJILIS, Act.ELECT,
            Set.of(Entity.MEMBER_OF_CONSTITUTIONAL_COUNCIL, Entity.MEMBER_OF_ACCOUNTS_COMMITTEE,
                    Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, Entity.MEMBER_OF_HIGHER_JUDICIAL_COUNCIL),
            Map.of("Art. 71(3)", Edition.TEXT_OF_1995, "Art. 57(1)", Edition.TEXT_OF_1995, "Art. 82(4)", Edition.TEXT_OF_1995,
                    "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007, "Art. 72(1)", Edition.TEXT_OF_1995,
                    "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)),
    // Art. 82(4): no Chair of the Higher Judicial Council in 1995 (the President heads it), from 1998 a Chair the
    // President appoints with no one's consent; from 21 May 2007 Art. 56(1)(4); Art. 55(2), whose wording of 2022
    // makes the consent the Senate's (legal decision 268)
    MAJILIS_CONSENTS_TO_HIGHER_JUDICIAL_COUNCIL_CHAIR(Entity.MAJILIS, Act.CONSENT, Set.of(Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL),
            Map.of("Art. 82(4)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007, "Art. 55(2)", Edition.TEXT_OF_1995)),
    // Art. 79(1) of 1995: a judge's powers end on the grounds of the law, no provision saying who releases a local
    // judge (left open, as the Senate's); from 21 May 2007 Art. 56(1)(4) (legal decision 269)
    MAJILIS_RELEASES_LOCAL_JUDGES(Entity.MAJILIS, Act.DISMISS, Set.of(Entity.JUDGE_OF_LOCAL_COURT),
            Map.of("Art. 79(1)", Edition.TEXT_OF_1995, "Art. 56(1)(4)", Edition.LAW_OF_21_MAY_2007)),
    // Art. 23(1) and 23(2), as PERSONS_JOIN_PARTY, and Art. 82(4): in 1995 the Higher Judicial Council has no
    // Chair (the President heads it); until 20 May 2007 the text seats judges and other office holders on it, so
    // a member's joining a party turns on the office he holds besides (left open); from 7 October 1998 the Chair,
    // from 21 May 2007 the members join as citizens (legal decision 271)
    HIGHER_JUDICIAL_COUNCIL_JOINS_PARTY(Set.of(Entity.CHAIR_OF_HIGHER_JUDICIAL_COUNCIL, Entity.MEMBER_OF_HIGHER_JUDICIAL_COUNCIL),
            Act.JOIN_PARTY,
            Set.of(Entity.POLITICAL_PARTY),
            Map.of("Art. 23(1)", Edition.TEXT_OF_1995, "Art. 23(2)", Edition.TEXT_OF_1995, "Art. 82(4)", Edition.TEXT_OF_1995)),
    SENATE_OVERSEES_GOVERNMENT_MEMBERS(Entity.SENATE,
            Set.of(Act.HEAR, Act.REQUEST_DISMISSAL),
            membersOfGovernmentOnly(),
            oversight(false)),
    // Bodies and offices the Constitution of 1995 does not have until a later amendment, whose every action
    // is answered from 1995 by their absence: the Kurultai until 30 June 2026 (Art. 50(1), Parliament of
    // two Chambers), the Constitutional Court until 7 June 2022 (Art. 71(1), the Constitutional Council),
    // the Supreme Audit Chamber until 7 June 2022 (Art. 44(7), the Accounts Committee); legal decision 234
    KURULTAI_BEFORE_2026(Set.of(Entity.KURULTAI, Entity.KURULTAI_PARTY_FACTIONS), Map.of("Art. 50(1)", Edition.TEXT_OF_1995)),
    CONSTITUTIONAL_COURT_BEFORE_2022(Set.of(Entity.CONSTITUTIONAL_COURT), Map.of("Art. 71(1)", Edition.TEXT_OF_1995)),
    SUPREME_AUDIT_CHAMBER_BEFORE_2022(Set.of(Entity.SUPREME_AUDIT_CHAMBER), Map.of("Art. 44(7)", Edition.TEXT_OF_1995)),
    // The senators appointed on the Assembly of the People's proposal until 18 January 2023: Art. 50(2), in
    // each edition, has the President appoint every senator not elected, none on anyone's proposal (legal
    // decisions 259 and 261)
    ASSEMBLY_SENATORS_BEFORE_2023(Set.of(Entity.APPOINTED_SENATOR_FROM_ASSEMBLY), Map.of("Art. 50(2)", Edition.TEXT_OF_1995));

    /** The families of bodies some editions do not have first, then the others. */
    private static final List<Family> BY_PRECEDENCE = Arrays.stream(values())
            .sorted(Comparator.comparing(f -> f.offices.isEmpty())).toList();

    private final Set<Entity> actors;
    private final Set<Act> acts;
    private final Set<Entity> targets;
    private final Set<Entity> offices;
    private final Map<String, Edition> provisions;

    /** A family of the actions of each of {@code actors} doing each of {@code acts} to each of {@code targets}. */
    Family(Set<Entity> actors, Set<Act> acts, Set<Entity> targets, Map<String, Edition> provisions) {
        this.actors = actors;
        this.acts = acts;
        this.targets = targets;
        this.offices = Set.of();
        this.provisions = provisions;
    }

    /**
     * A family of every action involving one of {@code offices}, as actor or target or through one of its
     * members: the family of a body some editions do not have, whose absence the rules answer.
     */
    Family(Set<Entity> offices, Map<String, Edition> provisions) {
        this.actors = Set.of();
        this.acts = Set.of();
        this.targets = Set.of();
        this.offices = offices;
        this.provisions = provisions;
    }

    Family(Entity actor, Act act, Set<Entity> targets, Map<String, Edition> provisions) {
        this(Set.of(actor), Set.of(act), targets, provisions);
    }

    Family(Set<Entity> actors, Act act, Set<Entity> targets, Map<String, Edition> provisions) {
        this(actors, Set.of(act), targets, provisions);
    }

    Family(Entity actor, Set<Act> acts, Set<Entity> targets, Map<String, Edition> provisions) {
        this(Set.of(actor), acts, targets, provisions);
    }

    /**
     * Every body, office and person but those named: the actors a family holds when its rules, in every
     * wording, give a power to those alone and deny it to all the others in the same words.
     */
    private static Set<Entity> everyoneBut(Entity... holders) {
        Set<Entity> others = EnumSet.allOf(Entity.class);
        others.removeAll(Arrays.asList(holders));
        return Set.copyOf(others);
    }

    /** Every body, office and person: the actors of a family whose rules speak to whoever acts. */
    private static Set<Entity> everyone() {
        return everyoneBut();
    }

    /**
     * A family's provisions with those of the offices that ended in 2023, the Constitutional Council's
     * (Art. 72(1)) and the Majilis deputies elected by the Assembly's (Art. 51(1)): a family of every
     * actor holds their acts, whose absence from 2023 those provisions answer.
     */
    private static Map<String, Edition> withOfficesEnded(Map<String, Edition> provisions) {
        Map<String, Edition> all = new HashMap<>(provisions);
        all.put("Art. 72(1)", Edition.TEXT_OF_1995);
        all.put("Art. 51(1)", Edition.TEXT_OF_1995);
        return Map.copyOf(all);
    }

    /** The Government and each of its members: the Prime Minister and the ministers. */
    private static Set<Entity> membersOfGovernment() {
        return Set.of(Entity.GOVERNMENT, Entity.PRIME_MINISTER, Entity.MINISTER, Entity.MINISTER_OF_FOREIGN_AFFAIRS,
                Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_INTERNAL_AFFAIRS);
    }

    /** The provisions of the Commissioner for Human Rights' election: the Senate's with its majority and the bar on close relatives. */
    private static Map<String, Edition> ombudsman(boolean senate) {
        return senate
                ? Map.of("Art. 55", Edition.TEXT_OF_1995, "Art. 55(1-1)", Edition.LAW_OF_10_MARCH_2017,
                        "Art. 62(5)", Edition.TEXT_OF_1995, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022)
                : Map.of("Art. 55", Edition.TEXT_OF_1995, "Art. 55(1-1)", Edition.LAW_OF_10_MARCH_2017);
    }

    /**
     * The provisions of the appointments to the Central Election Commission and the Accounts Committee:
     * Art. 44(7), 56(3), 57(1), 58(3)(7) and 62(5) of 1995, Art. 99(1) (the Accounts Committee's end) and
     * Art. 43(4) of 8 June 2022.
     */
    private static Map<String, Edition> electionAndAuditBodies() {
        return Map.of("Art. 44(7)", Edition.TEXT_OF_1995, "Art. 56(3)", Edition.TEXT_OF_1995, "Art. 57(1)", Edition.TEXT_OF_1995,
                "Art. 58(3)(7)", Edition.TEXT_OF_1995, "Art. 62(5)", Edition.TEXT_OF_1995,
                "Art. 99(1)", Edition.LAW_OF_8_JUNE_2022, "Art. 43(4)", Edition.LAW_OF_8_JUNE_2022);
    }

    /**
     * An appointment to the Constitutional Council's provisions with those of its end: Art. 99(1) of
     * 8 June 2022 (those in office keep their powers, no one is appointed) and Art. 72(1), whose wording of
     * 2023 puts the Constitutional Court in its place (declared from 1995: its earlier wordings answer the
     * applications to the Council), and Art. 43(4) of 2022 (the bar on the President's close relatives).
     */
    private static Map<String, Edition> councilsEnd(Map<String, Edition> appointment) {
        Map<String, Edition> all = new HashMap<>(appointment);
        all.put("Art. 99(1)", Edition.LAW_OF_8_JUNE_2022);
        all.put("Art. 72(1)", Edition.TEXT_OF_1995);
        all.put("Art. 43(4)", Edition.LAW_OF_8_JUNE_2022);
        return Map.copyOf(all);
    }

    /** What a bill is introduced as or in: a law, a constitutional law, the Majilis or the Senate. */
    private static Set<Entity> initiative() {
        return Set.of(Entity.LAW, Entity.CONSTITUTIONAL_LAW, Entity.MAJILIS, Entity.SENATE);
    }

    /** The Prime Minister and the ministers, without the Government as a body. */
    private static Set<Entity> membersOfGovernmentOnly() {
        return Set.of(Entity.PRIME_MINISTER, Entity.MINISTER, Entity.MINISTER_OF_FOREIGN_AFFAIRS,
                Entity.MINISTER_OF_DEFENCE, Entity.MINISTER_OF_INTERNAL_AFFAIRS);
    }

    /** The provisions of a Chamber's hearing and request: Art. 57(6), and for the Majilis Art. 50(3), its size from 2019. */
    private static Map<String, Edition> oversight(boolean majilis) {
        return majilis
                ? Map.of("Art. 57(6)", Edition.TEXT_OF_1995, "Art. 50(3)", Edition.TEXT_OF_1995)
                : Map.of("Art. 57(6)", Edition.TEXT_OF_1995);
    }

    public Set<Entity> actors() {
        return actors;
    }

    public Set<Act> acts() {
        return acts;
    }

    public Set<Entity> targets() {
        return targets;
    }

    /** The provisions of the 1995 Constitution the family's rules cite, as written in a citation ("Art. 87(4)"), each with the edition of its first wording. */
    public Map<String, Edition> provisions() {
        return provisions;
    }

    /** The bodies whose every action the family holds, or none for a family of actors, acts and targets. */
    public Set<Entity> offices() {
        return offices;
    }

    /** Whether the action is one of the family's, whatever its date and conditions. */
    public boolean holds(Action action) {
        return offices.isEmpty()
                ? actors.contains(action.actor()) && acts.contains(action.act()) && targets.contains(action.target())
                : offices.stream().anyMatch(action::involves);
    }

    /**
     * The family of an action, if its earlier wordings are modelled. An action involving a body some
     * editions do not have is that body's family's whatever other family names it: the absence decides.
     */
    public static Optional<Family> of(Action action) {
        return BY_PRECEDENCE.stream().filter(f -> f.holds(action)).findFirst();
    }

    /**
     * The edition whose wording a provision of the 1995 Constitution must first have, if a family declares it:
     * the wordings of such a provision run without gap from that edition's first day.
     */
    public static Optional<Edition> firstWording(String provision) {
        return Arrays.stream(values()).map(f -> f.provisions.get(provision)).filter(e -> e != null).findFirst();
    }

    /**
     * The days the rules answer an action on: for a family's action from the first day of the
     * Constitution of 1995 to the end of {@code general}, else {@code general}, the days of the
     * wordings from 2019 on.
     */
    public static Period span(Action action, Period general) {
        if (of(action).isEmpty()) {
            return general;
        }
        LocalDate first = Constitution.OF_1995.firstDay();
        return first.isBefore(general.from()) ? new Period(first, general.to()) : general;
    }
}
