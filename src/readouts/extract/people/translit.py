"""ASCII slugs for person names written in any script.

Actor ids must be ASCII, and a person missing from the knowledge base still needs a
stable id from the name as written. Cyrillic follows a BGN-like table tuned to the
spellings English media use ("Шойгу" -> shoigu, "Дмитрий" -> dmitry). Hanzi use a
small pinyin table of the characters Chinese writes foreign names and common surnames
with; a character outside it becomes ``u`` plus its decimal code point, so the slug stays
readable ASCII and stable (no hex, no hashing).
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
# word-final endings English spellings render with -y ("Юрий" -> Yury, "Зеленский" -> Zelensky)
_CYRILLIC_FINAL = re.compile(r"(?:ий|ый|ій)(?!\w)")
_LATIN_SPECIAL = {"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe",
                  "þ": "th", "ð": "d"}

# pinyin of the hanzi used for transliterated foreign names and common surnames
_PINYIN_SOURCE = """
阿a 埃ai 艾ai 爱ai 安an 昂ang 奥ao 巴ba 拜bai 班ban 邦bang 保bao 鲍bao 贝bei 本ben
比bi 彼bi 毕bi 宾bin 波bo 博bo 伯bo 布bu 查cha 察cha 柴chai 昌chang 陈chen 成cheng 程cheng
池chi 崔cui 达da 大da 戴dai 丹dan 当dang 道dao 德de 登deng 邓deng 迪di 狄di 蒂di 丁ding
东dong 董dong 杜du 多duo 俄e 厄e 恩en 尔er 法fa 凡fan 范fan 方fang 菲fei 费fei 芬fen 丰feng
冯feng 弗fu 福fu 付fu 傅fu 盖gai 甘gan 冈gang 高gao 戈ge 格ge 葛ge 根gen 古gu 顾gu 瓜gua
关guan 圭gui 郭guo 果guo 哈ha 海hai 韩han 汉han 豪hao 何he 和he 赫he 黑hei 亨heng 洪hong
侯hou 胡hu 华hua 怀huai 黄huang 惠hui 霍huo 基ji 吉ji 季ji 加jia 佳jia 贾jia 杰jie 捷jie
金jin 津jin 靳jin 卡ka 凯kai 坎kan 康kang 考kao 柯ke 科ke 克ke 肯ken 孔kong 库ku 奎kui
昆kun 拉la 莱lai 赖lai 兰lan 朗lang 劳lao 勒le 雷lei 蕾lei 黎li 李li 里li 利li 丽li 莉li
连lian 梁liang 廖liao 列lie 林lin 琳lin 凌ling 刘liu 龙long 卢lu 鲁lu 陆lu 路lu 吕lv
伦lun 罗luo 洛luo 马ma 玛ma 麦mai 迈mai 曼man 毛mao 梅mei 美mei 门men 蒙meng 孟meng 米mi
密mi 明ming 莫mo 默mo 姆mu 穆mu 纳na 娜na 奈nai 南nan 内nei 尼ni 妮ni 涅nie 宁ning 纽niu
努nu 诺nuo 欧ou 帕pa 潘pan 庞pang 佩pei 彭peng 皮pi 平ping 珀po 普pu 齐qi 奇qi 钱qian
乔qiao 切qie 钦qin 秦qin 琼qiong 丘qiu 邱qiu 任ren 荣rong 瑞rui 若ruo 撒sa 萨sa 塞sai
赛sai 桑sang 色se 瑟se 森sen 沙sha 莎sha 尚shang 邵shao 舍she 申shen 沈shen 施shi 石shi
史shi 舒shu 斯si 松song 宋song 苏su 索suo 塔ta 泰tai 坦tan 汤tang 唐tang 特te 滕teng
提ti 田tian 图tu 托tuo 瓦wa 万wan 汪wang 王wang 威wei 韦wei 维wei 卫wei 魏wei 温wen
文wen 沃wo 乌wu 吴wu 伍wu 武wu 西xi 希xi 锡xi 席xi 夏xia 肖xiao 萧xiao 谢xie 辛xin
欣xin 兴xing 休xiu 徐xu 许xu 薛xue 雅ya 亚ya 严yan 杨yang 姚yao 耶ye 叶ye 伊yi 易yi
因yin 尹yin 英ying 永yong 尤you 于yu 余yu 宇yu 约yue 云yun 泽ze 扎zha 詹zhan 张zhang
赵zhao 哲zhe 郑zheng 芝zhi 钟zhong 周zhou 朱zhu 祖zu 佐zuo 卓zhuo 兹zi 茨ci 岑cen 蔡cai
曹cao 彦yan 仁ren 正zheng 一yi 伟wei 强qiang 明ming 平ping 国guo 峰feng 祥xiang 毅yi
刚gang 军jun 立li 克ke 奇qi 近jin 江jiang 涛tao 宝bao 家jia 锦jin 庆qing 山shan 新xin
"""
_PINYIN = {item[0]: item[1:] for item in _PINYIN_SOURCE.split()}


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _han_words(name: str) -> str:
    """Pinyin of a hanzi run; the first syllable is the surname, the rest one given name."""
    syllables = [_PINYIN.get(c, f"u{ord(c)}") for c in name if _is_han(c)]
    if len(syllables) <= 1:
        return "".join(syllables)
    return f"{syllables[0]} {''.join(syllables[1:])}"


def to_ascii(name: str) -> str:
    """Latin transcription of a name: Cyrillic by table, diacritics dropped, hanzi in pinyin."""
    text = _CYRILLIC_FINAL.sub("y", name.lower())
    out: list[str] = []
    han: list[str] = []
    for char in text + " ":
        if _is_han(char):
            han.append(char)
            continue
        if han:
            out.append(" " + _han_words("".join(han)) + " ")
            han = []
        if char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        elif char in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[char])
        else:
            out.append(unicodedata.normalize("NFKD", char))
    return "".join(c for c in "".join(out) if c.isascii())


def slugify_name(name: str) -> str:
    """Lowercase ASCII slug of a person's name: "Андрей Пленкович" -> "andrei-plenkovich".

    Hanzi are written in pinyin from a small table (surname, then given name joined), and
    a hanzi outside the table as ``u<decimal code point>``: readable, stable, hex-free.
    """
    return re.sub(r"[^a-z0-9]+", "-", to_ascii(name)).strip("-")
