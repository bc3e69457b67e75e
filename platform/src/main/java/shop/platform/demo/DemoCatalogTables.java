package shop.platform.demo;

import java.util.List;

/**
 * The data {@link DemoCatalog} is generated from, as compact tables of strings.
 *
 * <p>Every row's first column is its natural key (a slug); ids are derived from it, so a slug,
 * once published, must not change. Columns are separated by {@code |}. Formats:
 * <ul>
 *   <li>{@link #TOP_LEVEL}: {@code slug | 名称 | English name}</li>
 *   <li>{@link #SECOND_LEVEL}: {@code slug | parent slug | 名称 | English name}</li>
 *   <li>{@link #BRANDS}: {@code slug | 名称 | English name | index letter}; the index letter is the
 *       pinyin initial of a Chinese brand, the initial of the English name for brands from abroad
 *       or with a Latin name.</li>
 *   <li>{@link #LEAVES}: one {@link Leaf} per level-3 category, holding its spec axes, the phrases
 *       its product descriptions end with, and its products.</li>
 * </ul>
 *
 * <p>A spec axis is {@code 名称 = value, value @+500, value @x1.9}: a value may add yuan to the
 * price ({@code @+500}) or multiply it ({@code @x1.9}, e.g. a bigger pack). A product row is
 * {@code brand slug | 型号 / English model | base price in yuan [| axes overriding the leaf's]};
 * the optional fourth column replaces the leaf's axes of the same name ({@code ;}-separated), and an
 * axis with no values ({@code 等级 =}) removes it. Without {@code /} the model is the same in
 * English.
 */
final class DemoCatalogTables {

    private DemoCatalogTables() {
    }

    /**
     * A level-3 category with what its products look like.
     *
     * @param nounEn   what one product is called in English, appended to its English name; empty
     *                 when the English model already says it
     * @param grams    the typical shipping weight of one product
     * @param axes     one spec axis a line
     * @param blurbs   one description phrase a line, used in turn
     * @param products one product a line
     */
    record Leaf(String slug, String parent, String name, String nameEn, String nounEn, int grams,
                String axes, String blurbs, String products) {
    }

    static final List<String> TOP_LEVEL = List.of(
            "digital          | 手机数码 | Phones & Digital",
            "computers-office | 电脑办公 | Computers & Office",
            "apparel          | 服饰鞋包 | Apparel & Shoes",
            "appliances       | 家用电器 | Home Appliances",
            "food             | 食品生鲜 | Food & Fresh",
            "beauty           | 美妆个护 | Beauty & Personal Care",
            "home             | 家居家装 | Home & Living");

    static final List<String> SECOND_LEVEL = List.of(
            "mobile-phones        | digital          | 手机通讯 | Mobile Phones",
            "digital-accessories  | digital          | 数码配件 | Digital Accessories",
            "computers            | computers-office | 电脑整机 | Computers",
            "peripherals          | computers-office | 电脑外设 | Peripherals",
            "menswear             | apparel          | 男装     | Menswear",
            "womenswear           | apparel          | 女装     | Womenswear",
            "sports-shoes         | apparel          | 运动鞋   | Sports Shoes",
            "kitchen-appliances   | appliances       | 厨房电器 | Kitchen Appliances",
            "household-appliances | appliances       | 生活电器 | Household Appliances",
            "snacks               | food             | 休闲零食 | Snacks",
            "tea                  | food             | 茶饮     | Tea",
            "skincare             | beauty           | 面部护肤 | Skincare",
            "bedding              | home             | 床上用品 | Bedding",
            "electrical           | home             | 五金电工 | Electrical");

    static final List<String> BRANDS = List.of(
            "huawei          | 华为     | Huawei          | H",
            "xiaomi          | 小米     | Xiaomi          | X",
            "apple           | 苹果     | Apple           | A",
            "honor           | 荣耀     | Honor           | R",
            "oppo            | OPPO     | OPPO            | O",
            "vivo            | vivo     | vivo            | V",
            "zte             | 中兴     | ZTE             | Z",
            "newman          | 纽曼     | Newman          | N",
            "philips         | 飞利浦   | Philips         | P",
            "lenovo          | 联想     | Lenovo          | L",
            "hp              | 惠普     | HP              | H",
            "logitech        | 罗技     | Logitech        | L",
            "rapoo           | 雷柏     | Rapoo           | L",
            "edifier         | 漫步者   | Edifier         | M",
            "baseus          | 倍思     | Baseus          | B",
            "ugreen          | 绿联     | Ugreen          | L",
            "anker           | 安克     | Anker           | A",
            "romoss          | 罗马仕   | Romoss          | L",
            "bull            | 公牛     | Bull            | G",
            "chint           | 正泰     | Chint           | Z",
            "uniqlo          | 优衣库   | Uniqlo          | U",
            "nike            | 耐克     | Nike            | N",
            "li-ning         | 李宁     | Li-Ning         | L",
            "anta            | 安踏     | Anta            | A",
            "xtep            | 特步     | Xtep            | T",
            "peak            | 匹克     | Peak            | P",
            "semir           | 森马     | Semir           | S",
            "hla             | 海澜之家 | HLA             | H",
            "youngor         | 雅戈尔   | Youngor         | Y",
            "peacebird       | 太平鸟   | Peacebird       | T",
            "urban-revivo    | UR       | Urban Revivo    | U",
            "ochirly         | 欧时力   | Ochirly         | O",
            "midea           | 美的     | Midea           | M",
            "joyoung         | 九阳     | Joyoung         | J",
            "supor           | 苏泊尔   | Supor           | S",
            "bear            | 小熊     | Bear            | X",
            "gree            | 格力     | Gree            | G",
            "airmate         | 艾美特   | Airmate         | A",
            "dreame          | 追觅     | Dreame          | Z",
            "three-squirrels | 三只松鼠 | Three Squirrels | S",
            "bestore         | 良品铺子 | Bestore         | L",
            "be-cheery       | 百草味   | Be&Cheery       | B",
            "chacha          | 洽洽     | ChaCha          | Q",
            "oreo            | 奥利奥   | Oreo            | O",
            "haochidian      | 好吃点   | Haochidian      | H",
            "garden          | 嘉顿     | Garden          | J",
            "shifeng         | 狮峰     | Shifeng         | S",
            "zhangyiyuan     | 张一元   | Zhang Yiyuan    | Z",
            "xiaoguan        | 小罐茶   | Xiaoguan Tea    | X",
            "bama            | 八马茶业 | Bama Tea        | B",
            "lipton          | 立顿     | Lipton          | L",
            "pechoin         | 百雀羚   | Pechoin         | B",
            "proya           | 珀莱雅   | Proya           | P",
            "chando          | 自然堂   | Chando          | Z",
            "olay            | 玉兰油   | Olay            | O",
            "luolai          | 罗莱     | Luolai          | L",
            "mercury         | 水星家纺 | Mercury         | S",
            "fuanna          | 富安娜   | Fuanna          | F",
            "hengyuanxiang   | 恒源祥   | Hengyuanxiang   | H");

    static final List<Leaf> LEAVES = List.of(

            // 手机数码 > 手机通讯
            new Leaf("smartphones", "mobile-phones", "智能手机", "Smartphones", "Smartphone", 220,
                    """
                    颜色 = 曜金黑, 雅川青, 白色, 星河蓝, 冰川银
                    存储 = 128GB, 256GB @+500, 512GB @+1000
                    """,
                    """
                    旗舰影像系统，夜景人像都清晰通透
                    大电池配合快充，重度使用也能坚持一整天
                    高刷护眼屏幕，刷剧打游戏都流畅
                    """,
                    """
                    huawei | Mate 60 Pro    | 6499 | 颜色 = 雅川青, 曜金黑, 白沙银, 南糯紫
                    huawei | Mate 60        | 5499 | 颜色 = 雅川青, 曜金黑, 白沙银, 南糯紫
                    huawei | Pura 70 Pro    | 6499 | 颜色 = 羽砂黑, 雪域白, 罗兰紫
                    huawei | Pura 70        | 5499 | 颜色 = 羽砂黑, 雪域白, 冰晶蓝, 樱玫红
                    huawei | nova 12 Ultra  | 4699
                    xiaomi | 14             | 3999 | 颜色 = 黑色, 白色, 岩石青, 雪山粉
                    xiaomi | 14 Pro         | 4999 | 颜色 = 黑色, 白色, 岩石青, 钛金属
                    xiaomi | 14 Ultra       | 6499 | 颜色 = 黑色, 白色, 龙晶蓝
                    apple  | iPhone 15      | 5999 | 颜色 = 黑色, 蓝色, 绿色, 黄色, 粉色
                    apple  | iPhone 15 Plus | 6999 | 颜色 = 黑色, 蓝色, 绿色, 黄色, 粉色
                    apple  | iPhone 15 Pro  | 7999 | 颜色 = 黑色钛金属, 白色钛金属, 蓝色钛金属, 原色钛金属
                    honor  | Magic6 Pro     | 5699
                    honor  | Magic6         | 4399
                    oppo   | Find X7 Ultra  | 5999
                    oppo   | Find X7        | 3999
                    vivo   | X100 Pro       | 4999
                    vivo   | X100           | 3999
                    """),
            new Leaf("senior-phones", "mobile-phones", "老人机", "Senior Phones", "Senior Phone", 120,
                    """
                    颜色 = 黑色, 红色, 金色, 蓝色
                    套餐 = 标准版, 带充电座 @+20
                    """,
                    """
                    大字体大音量大按键，老人上手就会用
                    一键SOS紧急呼叫，家人随时放心
                    超长待机，一次充电能用一周
                    """,
                    """
                    newman  | L8                       | 199
                    newman  | M560                     | 169
                    newman  | V9                       | 229
                    philips | E528                     | 259
                    philips | E209                     | 189
                    zte     | 守护宝 K288 / Shouhubao K288 | 199
                    zte     | 守护宝 K580 / Shouhubao K580 | 259
                    """),

            // 手机数码 > 数码配件
            new Leaf("chargers", "digital-accessories", "充电器", "Chargers", "Charger", 120,
                    """
                    功率 = 20W, 33W @+20, 65W @+60, 100W @+120
                    颜色 = 白色, 黑色
                    """,
                    """
                    氮化镓技术，体积小巧发热低
                    多协议快充，手机平板笔记本一头通用
                    多重安全防护，充电安心不伤电池
                    """,
                    """
                    huawei | 超级快充 / SuperCharge                 | 79
                    xiaomi | 氮化镓 GaN / GaN                      | 59
                    apple  | USB-C 电源适配器 / USB-C Power Adapter | 149 | 功率 = 20W, 35W @+150, 70W @+300; 颜色 = 白色
                    baseus | 氮化镓 GaN5 Pro / GaN5 Pro             | 69
                    baseus | 多口快充套装 / Multi-Port Kit          | 99
                    ugreen | Nexode 氮化镓 / Nexode GaN             | 79
                    ugreen | 2C1A 快充 / 2C1A Fast                 | 59
                    anker  | 安芯充 Pro / Nano Pro                  | 89
                    bull   | USB-C 快充 / USB-C Fast               | 39
                    """),
            new Leaf("earphones", "digital-accessories", "耳机", "Earphones", "Earphones", 60,
                    """
                    颜色 = 黑色, 白色, 蓝色, 粉色
                    版本 = 标准版, 无线充电版 @+100
                    """,
                    """
                    主动降噪，通勤路上也能安静听歌
                    低延迟连接，看视频打游戏声画同步
                    人体工学设计，长时间佩戴不压耳
                    """,
                    """
                    huawei  | FreeBuds Pro 3                      | 1299
                    huawei  | FreeBuds 5i                         | 449
                    xiaomi  | Buds 4 Pro                          | 899
                    xiaomi  | Redmi Buds 5                        | 199
                    apple   | AirPods Pro 2                       | 1899 | 颜色 = 白色; 版本 = 标准版, 含 AppleCare+ @+349
                    apple   | AirPods 3                           | 1399 | 颜色 = 白色; 版本 = 标准版, 含 AppleCare+ @+299
                    edifier | Lolli Pro 3                         | 399
                    edifier | W820NB 头戴式 / W820NB Over-Ear      | 299
                    baseus  | Bowie E9                            | 99
                    """),
            new Leaf("power-banks", "digital-accessories", "移动电源", "Power Banks", "Power Bank", 250,
                    """
                    容量 = 10000mAh, 20000mAh @+50, 30000mAh @+100
                    颜色 = 黑色, 白色, 蓝色
                    """,
                    """
                    双向快充，给手机充电也给自己快速回血
                    轻薄机身，放进口袋不累赘
                    多口同时输出，出差旅行一个就够
                    """,
                    """
                    xiaomi | 22.5W 快充版 / 22.5W Fast Charge | 79
                    xiaomi | 磁吸 / Magnetic                 | 149 | 容量 = 5000mAh, 10000mAh @+50
                    romoss | Sense 4 Plus                    | 59
                    romoss | PHP30 Pro                       | 99
                    baseus | 磁吸快充 / Magnetic Fast Charge  | 129
                    baseus | 刀锋 65W / Blade 65W             | 199
                    ugreen | PB 磁吸 / PB Magnetic            | 139
                    anker  | 能量棒 Nano / PowerCore Nano     | 119
                    """),

            // 电脑办公 > 电脑整机
            new Leaf("laptops", "computers", "笔记本", "Laptops", "Laptop", 1500,
                    """
                    配置 = 16GB+512GB, 16GB+1TB @+500, 32GB+1TB @+1500
                    颜色 = 深空灰, 银色
                    """,
                    """
                    轻薄机身，随身办公一整天
                    高性能处理器，剪辑渲染游刃有余
                    高色域护眼屏，长时间使用不疲劳
                    """,
                    """
                    huawei | MateBook X Pro                  | 9999
                    huawei | MateBook 14                     | 5699
                    huawei | MateBook D 16                   | 4699
                    lenovo | 小新 Pro 16 / Xiaoxin Pro 16      | 5499
                    lenovo | ThinkPad X1 Carbon              | 9999  | 颜色 = 黑色
                    lenovo | 拯救者 Y9000P / Legion Y9000P    | 8999  | 颜色 = 钛晶灰, 冰魄白
                    apple  | MacBook Air 13                  | 7999  | 颜色 = 午夜色, 星光色, 深空灰, 银色
                    apple  | MacBook Pro 14                  | 12999 | 颜色 = 深空黑, 银色
                    xiaomi | Redmi Book Pro 16               | 4999
                    hp     | 战66 / ZHAN 66                   | 4599
                    hp     | 暗影精灵10 / OMEN 10              | 7499
                    """),
            new Leaf("tablets", "computers", "平板电脑", "Tablets", "Tablet", 500,
                    """
                    存储 = 128GB, 256GB @+500, 512GB @+1200
                    颜色 = 深空灰, 银色, 星光色
                    """,
                    """
                    大屏高刷，追剧上网课都舒服
                    支持手写笔与键盘，随手记录灵感
                    长续航设计，出门一天无需充电
                    """,
                    """
                    huawei | MatePad Pro 13.2                 | 5199
                    huawei | MatePad 11.5                     | 1999
                    apple  | iPad Air 11                      | 4799
                    apple  | iPad Pro 11                      | 8999
                    apple  | iPad 10                          | 2999
                    xiaomi | Pad 6S Pro                       | 2999
                    lenovo | 小新 Pad Pro / Xiaoxin Pad Pro     | 1999
                    honor  | MagicPad 2                       | 2999
                    """),

            // 电脑办公 > 电脑外设
            new Leaf("keyboards-mice", "peripherals", "键盘鼠标", "Keyboards & Mice", "", 400,
                    """
                    颜色 = 石墨黑, 珍珠白, 玫瑰粉
                    连接 = 无线, 蓝牙+无线 @+30
                    """,
                    """
                    静音按键，办公室里也不打扰别人
                    多设备一键切换，电脑平板手机随心用
                    人体工学造型，长时间握持不累手
                    """,
                    """
                    logitech | MX Master 3S 鼠标 / MX Master 3S Mouse            | 699
                    logitech | MX Keys S 键盘 / MX Keys S Keyboard               | 799
                    logitech | K380 蓝牙键盘 / K380 Bluetooth Keyboard           | 199 | 连接 =
                    logitech | MK295 键鼠套装 / MK295 Keyboard and Mouse Combo    | 149
                    logitech | G502 X 游戏鼠标 / G502 X Gaming Mouse              | 499
                    xiaomi   | 无线键鼠套装2 / Wireless Keyboard and Mouse Combo 2 | 99
                    lenovo   | 小新 Air 鼠标 / Xiaoxin Air Mouse                  | 69
                    huawei   | 无线鼠标 / Wireless Mouse                         | 149
                    rapoo    | MT760 鼠标 / MT760 Mouse                          | 299
                    """),
            new Leaf("speakers", "peripherals", "音箱", "Speakers", "Speaker", 2000,
                    """
                    颜色 = 黑色, 白色, 胡桃木色, 雾蓝色
                    """,
                    """
                    多单元调校，人声清晰低音饱满
                    蓝牙与有线双模连接，电脑手机都能用
                    外观简洁，摆在书桌上也好看
                    """,
                    """
                    edifier  | R1700BT                             | 449
                    edifier  | R1080BT                             | 249
                    edifier  | M230                                | 229
                    edifier  | Halo SoundBar                       | 999
                    xiaomi   | 小爱音箱 Pro / Xiao AI Pro            | 299
                    huawei   | Sound X                             | 1999
                    logitech | Z407                                | 399
                    apple    | HomePod mini                        | 749 | 颜色 = 白色, 深空灰, 黄色, 橙色, 蓝色
                    """),

            // 服饰鞋包 > 男装
            new Leaf("t-shirts", "menswear", "T恤", "T-Shirts", "T-Shirt", 200,
                    """
                    颜色 = 白色, 黑色, 藏青, 灰色, 卡其
                    尺码 = S, M, L, XL, XXL
                    """,
                    """
                    纯棉面料，柔软亲肤透气
                    宽松版型，一件就能穿出层次
                    速干面料，运动出汗也不黏身
                    """,
                    """
                    uniqlo  | U 圆领 / U Crew Neck                 | 79
                    uniqlo  | AIRism 棉混纺 / AIRism Cotton Blend   | 99
                    uniqlo  | Supima 棉 / Supima Cotton            | 59
                    li-ning | 速干运动 / Quick-Dry Sports          | 129
                    anta    | 冰丝速干 / Ice Silk Quick-Dry        | 99
                    nike    | Dri-FIT 训练 / Dri-FIT Training      | 179
                    semir   | 纯棉印花 / Cotton Graphic            | 69
                    hla     | 冰爽棉 / Cool Cotton                 | 89
                    """),
            new Leaf("shirts", "menswear", "衬衫", "Shirts", "Shirt", 250,
                    """
                    颜色 = 白色, 浅蓝, 浅粉, 蓝白条纹
                    尺码 = S, M, L, XL, XXL
                    """,
                    """
                    免烫工艺，出差通勤都挺括
                    修身剪裁，商务休闲两相宜
                    精梳棉面料，贴身穿着也舒适
                    """,
                    """
                    uniqlo    | 牛津纺长袖 / Oxford Long Sleeve     | 149
                    uniqlo    | 免烫弹力 / Easy Care Stretch        | 199
                    hla       | 商务长袖 / Business Long Sleeve     | 159
                    hla       | 纯棉免烫 / Non-Iron Cotton          | 199
                    semir     | 休闲格纹 / Casual Check             | 129 | 颜色 = 蓝格, 红格, 绿格
                    youngor   | DP免烫 / DP Non-Iron                | 399
                    youngor   | 丝光棉 / Mercerized Cotton          | 459
                    peacebird | 法式简约 / French Minimal           | 239
                    """),

            // 服饰鞋包 > 女装
            new Leaf("dresses", "womenswear", "连衣裙", "Dresses", "Dress", 300,
                    """
                    颜色 = 黑色, 碎花, 杏色, 雾霾蓝
                    尺码 = S, M, L, XL
                    """,
                    """
                    收腰设计，显瘦又显高
                    垂感面料，行走间轻盈飘逸
                    通勤约会两穿，一条裙子搞定一天
                    """,
                    """
                    peacebird    | 法式碎花 / French Floral            | 399
                    peacebird    | 针织长款 / Knit Maxi                | 459
                    uniqlo       | 棉质喇叭 / Cotton Flare             | 199
                    uniqlo       | 褶裥长款 / Pleated Long             | 249
                    semir        | 收腰衬衫裙 / Belted Shirt           | 229
                    urban-revivo | 醋酸缎面 / Acetate Satin            | 499
                    urban-revivo | 方领泡泡袖 / Square Neck Puff Sleeve | 359
                    ochirly      | 通勤西装裙 / Office Blazer          | 599
                    """),
            new Leaf("knitwear", "womenswear", "针织衫", "Knitwear", "Knitwear", 350,
                    """
                    颜色 = 燕麦色, 黑色, 雾粉, 浅灰
                    尺码 = S, M, L, XL
                    """,
                    """
                    软糯亲肤，贴身穿也不扎
                    百搭基础款，外套里面搭一件刚好
                    羊毛混纺，轻薄又保暖
                    """,
                    """
                    peacebird    | 羊毛混纺开衫 / Wool Blend Cardigan | 399
                    uniqlo       | 美利奴羊毛圆领 / Merino Crew Neck  | 199
                    uniqlo       | 柔软V领 / Soft V-Neck             | 149
                    semir        | 宽松毛衣 / Oversized Sweater      | 159
                    urban-revivo | 短款开衫 / Cropped Cardigan       | 299
                    ochirly      | 羊绒混纺 / Cashmere Blend         | 699
                    """),

            // 服饰鞋包 > 运动鞋
            new Leaf("running-shoes", "sports-shoes", "跑步鞋", "Running Shoes", "Running Shoes", 800,
                    """
                    颜色 = 黑白, 标准白, 荧光绿, 深海蓝
                    尺码 = 39, 40, 41, 42, 43, 44
                    """,
                    """
                    轻量回弹中底，长距离奔跑脚感不累
                    透气网面鞋面，夏天跑步不闷脚
                    耐磨防滑大底，路跑训练都稳当
                    """,
                    """
                    li-ning | 赤兔7 / Chitu 7                 | 399
                    li-ning | 飞电4 Elite / Feidian 4 Elite   | 999
                    li-ning | 超轻21 / Super Light 21         | 599
                    anta    | C202 5代 / C202 Gen 5           | 599
                    anta    | 马赫4代 / Mach 4                 | 499
                    nike    | Pegasus 41                     | 899
                    nike    | Vomero 17                      | 999
                    xtep    | 160X 6.0                       | 999
                    xtep    | 两千公里4代 / 2000KM 4           | 399
                    """),
            new Leaf("basketball-shoes", "sports-shoes", "篮球鞋", "Basketball Shoes", "Basketball Shoes", 900,
                    """
                    颜色 = 黑红, 白金, 黑武士, 海军蓝
                    尺码 = 39, 40, 41, 42, 43, 44
                    """,
                    """
                    高帮包裹，急停变向更稳定
                    缓震科技，落地冲击小
                    耐磨橡胶外底，室外场也能打
                    """,
                    """
                    li-ning | 韦德之道11 / Way of Wade 11      | 1299
                    li-ning | 驭帅17 / Yushuai 17             | 899
                    anta    | KT9                            | 899
                    anta    | 狂潮5 / Kuangchao 5             | 599
                    nike    | LeBron 21                      | 1299
                    nike    | Giannis Immortality 3          | 599
                    peak    | 态极闪电 / Taichi Flash          | 499
                    """),

            // 家用电器 > 厨房电器
            new Leaf("rice-cookers", "kitchen-appliances", "电饭煲", "Rice Cookers", "Rice Cooker", 4000,
                    """
                    颜色 = 白色, 香槟金, 深灰
                    套餐 = 标准款, 配蒸笼 @+29
                    """,
                    """
                    智能预约，下班到家就有热饭
                    厚釜内胆，受热均匀米饭香甜
                    多种烹饪模式，煮饭煲汤熬粥都能做
                    """,
                    """
                    joyoung | 4L 智能预约 / 4L Smart Timer        | 199
                    joyoung | 3L 迷你 / 3L Mini                  | 159
                    joyoung | 5L IH 球釜 / 5L IH Spherical Pot    | 399
                    midea   | 4L 智能 / 4L Smart                 | 219
                    midea   | 5L IH 电磁加热 / 5L IH Induction     | 459
                    supor   | 4L 球釜 / 4L Spherical Pot          | 269
                    supor   | 3L 远红外 / 3L Far Infrared          | 239
                    xiaomi  | 米家 3L / Mijia 3L                  | 199
                    """),
            new Leaf("air-fryers", "kitchen-appliances", "空气炸锅", "Air Fryers", "Air Fryer", 4500,
                    """
                    容量 = 4.5L, 5.5L @+50, 6.5L @+100
                    颜色 = 白色, 黑色, 奶油色
                    """,
                    """
                    少油烹饪，炸出酥脆更健康
                    可视窗口，烹饪过程一目了然
                    不粘涂层易清洗，做完饭不费事
                    """,
                    """
                    midea   | 可视窗 / Visible Window   | 299
                    midea   | 免翻面 / No-Flip          | 349
                    joyoung | KL45                     | 229
                    bear    | 双篮 / Dual Basket        | 399
                    bear    | 迷你 / Mini               | 169 | 容量 = 2.5L, 3.5L @+30
                    supor   | 蒸汽 / Steam              | 459
                    philips | HD9252                   | 599
                    xiaomi  | 米家智能 / Mijia Smart     | 279
                    """),
            new Leaf("soymilk-makers", "kitchen-appliances", "豆浆机", "Soymilk Makers", "Soymilk Maker", 2500,
                    """
                    容量 = 1.0L, 1.2L @+40, 1.5L @+80
                    颜色 = 白色, 灰色
                    """,
                    """
                    破壁研磨，豆浆细腻无渣
                    免滤设计，做完直接倒出来喝
                    预约热饮，早起就有热豆浆
                    """,
                    """
                    joyoung | 破壁免滤 / Blender No-Filter | 399
                    joyoung | 迷你 / Mini                 | 199 | 容量 = 0.6L, 0.8L @+20
                    joyoung | 静音破壁 / Quiet Blender     | 699
                    midea   | 破壁 / Blender              | 299
                    bear    | 迷你 / Mini                 | 149 | 容量 = 0.6L, 0.8L @+20
                    supor   | 免滤 / No-Filter            | 269
                    """),

            // 家用电器 > 生活电器
            new Leaf("electric-fans", "household-appliances", "电风扇", "Electric Fans", "Electric Fan", 4000,
                    """
                    颜色 = 白色, 灰色
                    控制方式 = 机械款, 遥控款 @+40, 智能款 @+80
                    """,
                    """
                    直流变频电机，风力细腻噪音低
                    广角摇头，整个房间都有风
                    定时与睡眠模式，夜里开着也安心
                    """,
                    """
                    midea   | 落地扇 / Floor Fan               | 199
                    midea   | 空气循环扇 / Air Circulator       | 299
                    gree    | 落地扇 / Floor Fan               | 229
                    gree    | 塔扇 / Tower Fan                 | 349
                    xiaomi  | 米家直流变频 / Mijia DC Inverter   | 299
                    airmate | 台式 / Desk                      | 129
                    airmate | 循环扇 / Air Circulator           | 259
                    """),
            new Leaf("vacuum-cleaners", "household-appliances", "吸尘器", "Vacuum Cleaners", "Vacuum Cleaner", 3000,
                    """
                    颜色 = 白色, 灰色
                    版本 = 标准版, 除螨套装 @+100
                    """,
                    """
                    大吸力电机，地毯缝隙的灰尘也能吸干净
                    无线手持，上下楼清洁不用找插座
                    多种刷头，沙发床铺窗帘都能清理
                    """,
                    """
                    dreame  | V12                            | 1999
                    dreame  | V10 Pro                        | 1299
                    xiaomi  | 米家无线 2 / Mijia Cordless 2    | 999
                    midea   | Q7                             | 899
                    philips | 7000 系列 / Series 7000         | 1599
                    """),

            // 食品生鲜 > 休闲零食
            new Leaf("nuts", "snacks", "坚果", "Nuts", "Nuts", 300,
                    """
                    规格 = 250g, 500g @x1.9, 礼盒装 @x3.2
                    口味 = 原味, 奶香味, 盐焗味
                    """,
                    """
                    颗颗饱满，每天一把补充能量
                    独立小包装，办公室追剧都方便
                    低温烘焙，香脆不上火
                    """,
                    """
                    three-squirrels | 每日坚果 / Daily Mix                | 29.9 | 规格 = 7日装, 15日装 @x2, 30日装 @x3.2; 口味 =
                    three-squirrels | 夏威夷果 / Macadamia                | 32.9
                    three-squirrels | 碧根果 / Pecan                      | 35.9
                    bestore         | 每日坚果 / Daily Mix                | 32.9 | 规格 = 7日装, 15日装 @x2, 30日装 @x3.2; 口味 =
                    bestore         | 开心果 / Pistachio                  | 34.9 | 口味 = 原味, 盐焗味
                    bestore         | 巴旦木 / Almond                     | 29.9
                    be-cheery       | 腰果 / Cashew                       | 33.9
                    be-cheery       | 每日坚果 / Daily Mix                | 29.9 | 规格 = 7日装, 15日装 @x2, 30日装 @x3.2; 口味 =
                    chacha          | 小黄袋每日坚果 / Yellow Bag Daily Mix | 39.9 | 规格 = 7日装, 15日装 @x2, 30日装 @x3.2; 口味 =
                    """),
            new Leaf("biscuits", "snacks", "饼干", "Biscuits", "Biscuits", 300,
                    """
                    口味 = 原味, 巧克力味, 草莓味, 抹茶味
                    规格 = 单盒, 三盒装 @x2.7
                    """,
                    """
                    酥脆可口，下午茶的好搭档
                    独立小包装，随身携带不易碎
                    香浓不腻，大人小孩都爱吃
                    """,
                    """
                    oreo       | 经典夹心 / Classic Sandwich  | 12.9
                    oreo       | 薄脆 / Thins                | 15.9
                    oreo       | 迷你 / Mini                 | 9.9
                    haochidian | 香脆核桃饼 / Crispy Walnut   | 9.9  | 口味 = 核桃味, 杏仁味
                    bestore    | 黄油曲奇 / Butter Cookies    | 19.9 | 口味 = 原味, 蔓越莓味, 巧克力味
                    bestore    | 海苔薄脆 / Seaweed Crisps    | 14.9 | 口味 = 海苔味, 芝士味
                    garden     | 威化 / Wafer                | 8.9
                    garden     | 苏打 / Soda Crackers        | 7.9  | 口味 = 原味, 葱香味, 芝麻味
                    """),

            // 食品生鲜 > 茶饮
            new Leaf("green-tea", "tea", "绿茶", "Green Tea", "Green Tea", 200,
                    """
                    规格 = 50g, 100g @x1.9, 250g @x4.5
                    等级 = 特级, 一级 @x0.7
                    """,
                    """
                    当季新茶，汤色清亮回味甘甜
                    核心产区原料，条索匀整香气高
                    锡箔密封包装，茶香保存更久
                    """,
                    """
                    shifeng     | 明前西湖龙井 / Pre-Qingming West Lake Longjing | 268
                    shifeng     | 雨前西湖龙井 / Pre-Rain West Lake Longjing     | 168
                    zhangyiyuan | 碧螺春 / Biluochun                            | 128
                    zhangyiyuan | 黄山毛峰 / Huangshan Maofeng                   | 98
                    xiaoguan    | 太平猴魁 / Taiping Houkui                      | 299
                    bama        | 信阳毛尖 / Xinyang Maojian                     | 138
                    lipton      | 绿茶包 / Tea Bags                             | 29.9 | 规格 = 25包, 50包 @x1.8, 100包 @x3.3; 等级 =
                    """),
            new Leaf("black-tea", "tea", "红茶", "Black Tea", "Black Tea", 200,
                    """
                    规格 = 50g, 100g @x1.9, 250g @x4.5
                    """,
                    """
                    汤色红亮，蜜香浓郁
                    冷泡热泡皆宜，加奶也好喝
                    传统工艺制作，耐泡回甘
                    """,
                    """
                    lipton      | 黄牌精选 / Yellow Label           | 24.9 | 规格 = 25包, 50包 @x1.8, 100包 @x3.3
                    zhangyiyuan | 正山小种 / Lapsang Souchong       | 118
                    zhangyiyuan | 滇红金芽 / Dianhong Golden Bud    | 158
                    xiaoguan    | 滇红 / Dianhong                  | 299
                    bama        | 金骏眉 / Jin Jun Mei              | 198
                    bama        | 祁门红茶 / Keemun                 | 148
                    """),

            // 美妆个护 > 面部护肤
            new Leaf("face-creams", "skincare", "面霜", "Face Creams", "Face Cream", 150,
                    """
                    规格 = 50ml, 100ml @x1.8
                    版本 = 标准装, 礼盒装 @+60
                    """,
                    """
                    保湿锁水，干皮用了也不紧绷
                    质地轻盈好吸收，早晚都能用
                    温和配方，敏感肌也可放心使用
                    """,
                    """
                    pechoin | 水能量保湿霜 / Hydra Moisture        | 129
                    pechoin | 帧颜淡纹霜 / Anti-Wrinkle           | 259
                    proya   | 源力面霜 / Origin Force             | 299
                    proya   | 红宝石面霜 / Ruby                   | 349
                    proya   | 双抗面霜 / Dual Resist              | 269
                    chando  | 冰肌水润 / Ice Hydrating            | 159
                    chando  | 喜马拉雅补水 / Himalaya Hydrating    | 139
                    olay    | 大红瓶 / Regenerist                 | 299
                    """),
            new Leaf("serums", "skincare", "精华", "Serums", "Serum", 120,
                    """
                    规格 = 30ml, 50ml @x1.5
                    版本 = 标准装, 礼盒装 @+60
                    """,
                    """
                    高浓度活性成分，坚持使用肤色更透亮
                    水润质地，上脸秒吸收
                    修护屏障，换季也稳定
                    """,
                    """
                    proya   | 双抗精华 / Dual Resist              | 229
                    proya   | 红宝石精华 / Ruby                   | 359
                    pechoin | 小绿瓶 / Little Green Bottle        | 199
                    chando  | 小紫瓶 / Little Purple Bottle       | 259
                    olay    | 小白瓶 / Luminous Niacinamide       | 269
                    olay    | 淡纹紧致 / Wrinkle Firming          | 329
                    """),

            // 家居家装 > 床上用品
            new Leaf("bedding-sets", "bedding", "四件套", "Bedding Sets", "Bedding Set", 2200,
                    """
                    尺寸 = 1.5m床, 1.8m床 @+60, 2.0m床 @+120
                    颜色 = 云朵白, 雾霾蓝, 浅灰, 藕粉
                    """,
                    """
                    全棉面料，亲肤透气好眠一整晚
                    活性印染，多次水洗不褪色
                    细腻柔滑，贴身睡觉很舒服
                    """,
                    """
                    luolai        | 全棉贡缎 / Cotton Sateen              | 599
                    luolai        | 天丝 / Tencel                        | 899
                    mercury       | 纯棉磨毛 / Brushed Cotton             | 299
                    mercury       | 60支长绒棉 / 60S Long-Staple Cotton    | 499
                    fuanna        | 全棉印花 / Cotton Print               | 399
                    fuanna        | 真丝 / Mulberry Silk                 | 1599
                    hengyuanxiang | 水洗棉 / Washed Cotton                | 199
                    """),
            new Leaf("duvets", "bedding", "被子", "Duvets", "Duvet", 3000,
                    """
                    尺寸 = 150x200cm, 200x230cm @+80, 220x240cm @+150
                    款式 = 春秋被, 冬被 @+120
                    """,
                    """
                    蓬松轻盈，盖着不压身
                    保暖透气，一年四季都有合适的厚度
                    可机洗设计，打理省心
                    """,
                    """
                    luolai        | 大豆纤维 / Soybean Fiber            | 399
                    luolai        | 白鹅绒 / White Goose Down           | 1599
                    mercury       | 羊毛 / Wool                        | 499
                    mercury       | 蚕丝 / Mulberry Silk               | 899
                    hengyuanxiang | 新疆棉花 / Xinjiang Cotton          | 259
                    fuanna        | 抗菌七孔 / Antibacterial 7-Hole     | 299
                    """),

            // 家居家装 > 五金电工
            new Leaf("power-strips", "electrical", "插线板", "Power Strips", "Power Strip", 400,
                    """
                    线长 = 1.8米, 3米 @+10, 5米 @+25
                    插位 = 5孔, 8孔 @+15
                    """,
                    """
                    新国标认证，阻燃外壳用电更安全
                    独立开关控制，省电又方便
                    带USB快充口，手机直接插上就能充
                    """,
                    """
                    bull   | USB 快充 / USB Fast Charging       | 59
                    bull   | GN-B403                           | 39
                    bull   | 魔方 / Cube                        | 79 | 线长 = 1.5米, 3米 @+10; 插位 =
                    bull   | 分控防过载 / Individual Switch      | 69
                    xiaomi | 米家 / Mijia                       | 49
                    ugreen | 氮化镓桌面 / GaN Desktop            | 129
                    baseus | 桌面快充 / Desktop Fast Charging    | 99
                    chint  | 新国标 / New Standard              | 35
                    """));
}
