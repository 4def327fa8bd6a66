package kz.atazan.model;

import static kz.atazan.model.Kind.INSTRUMENT;
import static kz.atazan.model.Kind.OFFICE;
import static kz.atazan.model.Kind.ORGAN;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every state organ, office and instrument the rules know, under the name scenario files use.
 * One vocabulary for actors, targets, consenting bodies and proposers, because the Constitution
 * uses the same names in all those places (the Prime Minister proposes, is appointed and acts).
 */
public enum Entity implements Named {
    // State organs and groups
    PRESIDENT("the President of the Republic", ORGAN),
    SENATE("the Senate of Parliament", ORGAN),
    MAJILIS("the Majilis of Parliament", ORGAN),
    PARLIAMENT("Parliament: at a joint sitting of its Chambers, or both Chambers in turn where the text has them vote separately", ORGAN),
    GOVERNMENT("the Government", ORGAN),
    MASLIKHAT("a maslikhat (local representative body): of the oblast, city or capital concerned", ORGAN),
    MASLIKHATS_OF_REGION("the deputies of all the maslikhats located in the oblast, voting together (from June 2022)", ORGAN),
    AKIM("a higher akim (the akim above the one concerned)", ORGAN),
    AKIM_OF_SAME_UNIT("the akim of the maslikhat's own oblast, city or district (the same administrative-territorial unit)", ORGAN),
    ASSEMBLY_OF_PEOPLE("the Assembly of the People of Kazakhstan", ORGAN),
    VOTERS("the voters", ORGAN),
    CITIZEN("a citizen", ORGAN),
    COURT("a court", ORGAN),
    SUPREME_COURT("the Supreme Court", ORGAN),
    CONSTITUTIONAL_COUNCIL("the Constitutional Council (until 2022)", ORGAN),
    CONSTITUTIONAL_COURT("the Constitutional Court (from 2023)", ORGAN),
    HIGHER_JUDICIAL_COUNCIL("the Higher Judicial Council", ORGAN),
    MAJILIS_PARTY_FACTIONS("the factions of the political parties represented in the Majilis", ORGAN),
    SECURITY_COUNCIL("the Security Council", ORGAN),
    CENTRAL_ELECTION_COMMISSION("the Central Election Commission", ORGAN),
    DEPUTIES_OF_PARLIAMENT("a group of deputies of Parliament acting together (e.g. one fifth of all deputies)", ORGAN),
    MEDICAL_COMMISSION("the commission of deputies and medical specialists Parliament (from 2026 the Kurultai) forms to assess the President's health (Art. 47(1); Art. 50(2) of 2026)", ORGAN),
    SUBORDINATE_STATE_BODY("a state body directly subordinate and accountable to the President", ORGAN),
    ACCOUNTS_COMMITTEE("the Accounts Committee for Control over Execution of the Republican Budget (until 2022)", ORGAN),
    SUPREME_AUDIT_CHAMBER("the Supreme Audit Chamber (from 2022)", ORGAN),

    // Organs of the Constitution of 2026
    KURULTAI("the Kurultai, the single-chamber legislature of the Constitution of 2026", ORGAN),
    KURULTAI_PARTY_FACTIONS("the factions of the political parties represented in the Kurultai", ORGAN),
    DEPUTIES_OF_KURULTAI("a group of deputies of the Kurultai acting together (e.g. one fifth of all its deputies)", ORGAN, KURULTAI),
    PEOPLES_COUNCIL("the People's Council of Kazakhstan (Қазақстан Халық Кеңесі), a consultative body from 2026", ORGAN),
    STATE_PROTECTION_SERVICE("the State Protection Service", ORGAN),

    // Offices that are also organs: they act, propose or consent themselves
    PRIME_MINISTER("the Prime Minister", ORGAN, OFFICE),
    PROSECUTOR_GENERAL("the Prosecutor General", ORGAN, OFFICE),
    OMBUDSMAN("the Commissioner for Human Rights (Ombudsman)", ORGAN, OFFICE),
    CHAIR_OF_SENATE("the Chair of the Senate", ORGAN, OFFICE),
    CHAIR_OF_MAJILIS("the Chair of the Majilis", ORGAN, OFFICE),
    CHAIR_OF_CONSTITUTIONAL_COURT("the Chair of the Constitutional Court", ORGAN, OFFICE, CONSTITUTIONAL_COURT),
    CHAIR_OF_KURULTAI("the Chair of the Kurultai (from 2026)", ORGAN, OFFICE, KURULTAI),
    VICE_PRESIDENT("the Vice President (from 2026)", ORGAN, OFFICE),

    // Offices
    MINISTER("a member of the Government other than the ministers of foreign affairs, defence and internal affairs", OFFICE, GOVERNMENT),
    MINISTER_OF_FOREIGN_AFFAIRS("the Minister of Foreign Affairs", OFFICE, GOVERNMENT),
    MINISTER_OF_DEFENCE("the Minister of Defence", OFFICE, GOVERNMENT),
    MINISTER_OF_INTERNAL_AFFAIRS("the Minister of Internal Affairs", OFFICE, GOVERNMENT),
    CHAIR_OF_NATIONAL_BANK("the Chair of the National Bank", OFFICE),
    CHAIR_OF_NATIONAL_SECURITY_COMMITTEE("the Chair of the National Security Committee", OFFICE),
    CHAIR_OF_CONSTITUTIONAL_COUNCIL("the Chair of the Constitutional Council", OFFICE, CONSTITUTIONAL_COUNCIL),
    MEMBER_OF_CONSTITUTIONAL_COUNCIL("a member of the Constitutional Council", OFFICE, CONSTITUTIONAL_COUNCIL),
    JUDGE_OF_CONSTITUTIONAL_COURT("a judge of the Constitutional Court", OFFICE, CONSTITUTIONAL_COURT),
    DEPUTY_CHAIR_OF_CONSTITUTIONAL_COURT("the Deputy Chair of the Constitutional Court", OFFICE, CONSTITUTIONAL_COURT),
    CHAIR_OF_SUPREME_COURT("the Chair of the Supreme Court", OFFICE, SUPREME_COURT),
    JUDGE_OF_SUPREME_COURT("a judge of the Supreme Court", OFFICE, SUPREME_COURT),
    JUDGE_OF_LOCAL_COURT("a chair or judge of a local or other court", OFFICE, COURT),
    CHAIR_OF_HIGHER_JUDICIAL_COUNCIL("the Chair of the Higher Judicial Council", OFFICE, HIGHER_JUDICIAL_COUNCIL),
    MEMBER_OF_HIGHER_JUDICIAL_COUNCIL("a member of the Higher Judicial Council other than its Chair", OFFICE, HIGHER_JUDICIAL_COUNCIL),
    CHAIR_OF_CENTRAL_ELECTION_COMMISSION("the Chair of the Central Election Commission", OFFICE, CENTRAL_ELECTION_COMMISSION),
    MEMBER_OF_CENTRAL_ELECTION_COMMISSION("a member of the Central Election Commission", OFFICE, CENTRAL_ELECTION_COMMISSION),
    CHAIR_OF_ACCOUNTS_COMMITTEE("the Chair of the Accounts Committee", OFFICE, ACCOUNTS_COMMITTEE),
    MEMBER_OF_ACCOUNTS_COMMITTEE("a member of the Accounts Committee", OFFICE, ACCOUNTS_COMMITTEE),
    CHAIR_OF_SUPREME_AUDIT_CHAMBER("the Chair of the Supreme Audit Chamber", OFFICE, SUPREME_AUDIT_CHAMBER),
    MEMBER_OF_SUPREME_AUDIT_CHAMBER("a member of the Supreme Audit Chamber", OFFICE, SUPREME_AUDIT_CHAMBER),
    STATE_SECRETARY("the State Secretary (until June 2022)", OFFICE),
    STATE_COUNSELOR("the State Counselor (from June 2022)", OFFICE),
    HEAD_OF_SUBORDINATE_BODY("the head of a state body directly subordinate and accountable to the President", OFFICE),
    HEAD_OF_DIPLOMATIC_MISSION("the head of a diplomatic mission of the Republic", OFFICE),
    SUPREME_COMMAND_OF_ARMED_FORCES("a member of the supreme command of the Armed Forces", OFFICE),
    APPOINTED_SENATOR("a deputy of the Senate appointed by the President", OFFICE, SENATE),
    APPOINTED_SENATOR_FROM_ASSEMBLY("a deputy of the Senate appointed by the President on the proposal of the Assembly of the People (five of the ten, from the 8th-convocation elections)", OFFICE, SENATE),
    MAJILIS_DEPUTY("a deputy of the Majilis", OFFICE, MAJILIS),
    MAJILIS_DEPUTY_SINGLE_MEMBER("a deputy of the Majilis elected in a single-member district", OFFICE, MAJILIS),
    KURULTAI_DEPUTY("a deputy of the Kurultai (from 2026)", OFFICE, KURULTAI),
    HEAD_OF_STATE_PROTECTION_SERVICE("the head of the State Protection Service", OFFICE),
    MAJILIS_DEPUTY_FROM_ASSEMBLY("a deputy of the Majilis elected by the Assembly of the People (until 2023)", OFFICE, MAJILIS),
    ELECTED_SENATOR("a deputy of the Senate elected by an oblast, city of republican significance or the capital", OFFICE, SENATE),
    POLITICAL_CIVIL_SERVANT("a political civil servant (a political post in the civil service)", OFFICE),
    HEAD_OF_QUASI_PUBLIC_ENTITY("the head of an entity of the quasi-public sector", OFFICE),
    MILITARY_SERVICEMAN("a serviceman of the Armed Forces", OFFICE),
    NATIONAL_SECURITY_OFFICER("an officer of the national security bodies", OFFICE),
    LAW_ENFORCEMENT_OFFICER("an officer of the law-enforcement bodies", OFFICE),
    AKIM_OF_REGION("the akim of an oblast (region)", OFFICE),
    AKIM_OF_CITY_OF_REPUBLICAN_SIGNIFICANCE("the akim of a city of republican significance (Almaty, Shymkent)", OFFICE),
    AKIM_OF_CAPITAL("the akim of the capital", OFFICE),
    AKIM_OF_DISTRICT("the akim of a district or of a city of regional or district significance", OFFICE),
    AKIM_OF_RURAL_DISTRICT("the akim of a rural district, village or settlement", OFFICE),

    // Instruments
    LAW("a law (a bill, before it is adopted)", INSTRUMENT),
    CONSTITUTIONAL_LAW("a constitutional law", INSTRUMENT),
    POLITICAL_PARTY("a political party", INSTRUMENT),
    CONSTITUTION("the Constitution: amendments and additions to it", INSTRUMENT),
    REFERENDUM("a republican referendum", INSTRUMENT),
    PRESIDENTIAL_ELECTION("the regular election of the President", INSTRUMENT),
    EARLY_PRESIDENTIAL_ELECTION("an extraordinary (early) election of the President", INSTRUMENT),
    PARLIAMENTARY_ELECTION("an election of the legislature: to Parliament or one of its Chambers (until 2026), to the Kurultai (from 2026)", INSTRUMENT),
    STATE_OF_EMERGENCY("a state of emergency", INSTRUMENT),
    MARTIAL_LAW("martial law", INSTRUMENT),
    MOBILISATION("a partial or general mobilisation", INSTRUMENT),
    BUDGET_REPORT("a report on the execution of the republican budget", INSTRUMENT),
    LOCAL_BUDGET("a local budget, development plan or programme, or the report on its execution", INSTRUMENT),
    WAR_AND_PEACE("a question of war and peace", INSTRUMENT),
    PEACEKEEPING_DEPLOYMENT("the use of the Armed Forces to meet international peace and security obligations", INSTRUMENT),
    TREASON_CHARGE("a charge of high treason against the President", INSTRUMENT),
    DECREE_WITH_FORCE_OF_LAW("a decree of the President having the force of a law or constitutional law", INSTRUMENT);

    private final String meaning;
    private final Set<Kind> kinds;
    private final Entity institution;

    Entity(String meaning, Kind kind) {
        this(meaning, EnumSet.of(kind), null);
    }

    Entity(String meaning, Kind kind, Entity institution) {
        this(meaning, EnumSet.of(kind), institution);
    }

    Entity(String meaning, Kind first, Kind second) {
        this(meaning, EnumSet.of(first, second), null);
    }

    Entity(String meaning, Kind first, Kind second, Entity institution) {
        this(meaning, EnumSet.of(first, second), institution);
    }

    Entity(String meaning, Set<Kind> kinds, Entity institution) {
        this.meaning = meaning;
        this.kinds = kinds;
        this.institution = institution;
    }

    /** One line a student can read: what this name stands for. */
    @Override
    public String meaning() {
        return meaning;
    }

    public boolean is(Kind kind) {
        return kinds.contains(kind);
    }

    /** The organ this office belongs to (a judge's court), or the entity itself. */
    public Entity institution() {
        return institution == null ? this : institution;
    }

    /** The name used in scenario files and on the command line: lower-kebab-case. */
    @Override
    public String label() {
        return Names.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
