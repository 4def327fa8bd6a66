package kz.atazan.balance;

/** The published presidential-power scales Atazan scores, with the publication each comes from. */
public enum Scale {
    SHUGART_CAREY_LEGISLATIVE("shugart-carey-legislative",
            "Shugart, M. S. and Carey, J. M. (1992) Presidents and Assemblies. Cambridge University Press, ch. 8, Table 8.2"),
    SHUGART_CAREY_NON_LEGISLATIVE("shugart-carey-non-legislative",
            "Shugart, M. S. and Carey, J. M. (1992) Presidents and Assemblies. Cambridge University Press, ch. 8, Table 8.2"),
    SIAROFF("siaroff",
            "Siaroff, A. (2003) Comparative presidencies: the inadequacy of the presidential, semi-presidential and parliamentary "
                    + "distinction. European Journal of Political Research 42: 287-312");

    private final String id;
    private final String source;

    Scale(String id, String source) {
        this.id = id;
        this.source = source;
    }

    /** The stable name in the dataset and the message keys. */
    public String id() {
        return id;
    }

    public String source() {
        return source;
    }
}
