// Messages of the step "Meet the data" (stepData namespace), English and 简体中文
// side by side; merged into the one message table (src/ui/i18n/messages.ts) by ../../messages.ts.
import type { Entry } from '../../../i18n/messages';

export const stepData = {
  title: { en: 'Meet the data', zh: '认识数据' },
  intro: {
    en: 'Fashion-MNIST: 70,000 grayscale photos of clothing, 28 × 28 pixels each, in 10 classes. A network learns only from examples, so first look at what it will see.',
    zh: 'Fashion-MNIST：70,000 张服装的灰度照片，每张 28 × 28 像素，分为 10 个类别。网络只能从样本中学习，所以先来看看它将看到什么。',
  },
  classesHeading: { en: 'The ten classes', zh: '十个类别' },
  classesIntro: {
    en: 'The first training images of each class, one row per class (up to {perClass} per row), with the number of training images the class has.',
    zh: '每个类别的前几张训练图像，每行一个类别（每行最多 {perClass} 张），并注明该类别共有多少张训练图像。',
  },
  classesListLabel: { en: 'The classes, one per row of images', zh: '各类别（每行图像对应一个类别）' },
  classCount: { en: '{count} images', zh: '{count} 张' },
  galleryCanvas: {
    en: 'Ten rows of grayscale clothing photos, {perClass} per class; the class of each row is named in the list beside it.',
    zh: '十行灰度服装照片，每个类别 {perClass} 张；每一行的类别名称列在它旁边的列表中。',
  },
  splitHeading: { en: 'Training, validation and test images', zh: '训练集、验证集和测试集' },
  splitIntro: {
    en: 'The 60,000 training images teach the network. Keras’ fit(validation_split=0.1) holds back the last 10 % of them as validation images: the network never trains on them; after each epoch they show whether it does well on images it has not learned from. The 10,000 test images are a separate set, used once at the end to score the finished network.',
    zh: '60,000 张训练图像用来教网络。Keras 的 fit(validation_split=0.1) 会把其中最后 10% 留作验证图像：网络从不在这些图像上训练；每轮结束后，用它们检验网络在没学过的图像上表现如何。10,000 张测试图像是单独的一组，只在最后用一次，为训练好的网络打分。',
  },
  splitCaption: { en: 'How the 70,000 images are used (counted from the loaded data)', zh: '70,000 张图像的用途（根据已加载的数据统计）' },
  columnSet: { en: 'Set', zh: '数据集' },
  columnImages: { en: 'Images', zh: '图像数' },
  columnShare: { en: 'Share', zh: '占比' },
  columnUse: { en: 'Used for', zh: '用途' },
  setTrain: { en: 'Training', zh: '训练集' },
  setValidation: { en: 'Validation', zh: '验证集' },
  setTest: { en: 'Test', zh: '测试集' },
  useTrain: {
    en: 'Images {first}–{last} of the training file: the network learns from these.',
    zh: '训练文件中的第 {first}–{last} 张图像：网络从这些图像中学习。',
  },
  useValidation: {
    en: 'Images {first}–{last}, the last 10 % of the training file: checked after every epoch, never trained on.',
    zh: '第 {first}–{last} 张图像，即训练文件的最后 10%：每轮结束后用来检验，从不用于训练。',
  },
  useTest: { en: 'The separate test file: scored once, at the end.', zh: '单独的测试文件：只在最后评分一次。' },
  namingHeading: { en: 'Your turn: name five test images', zh: '轮到你了：说出五张测试图像的类别' },
  namingIntro: {
    en: 'Which class is each of these {count} test images? Choose a class for each, then check your answers.',
    zh: '这 {count} 张测试图像分别属于哪个类别？为每张图像选择一个类别，然后检查答案。',
  },
  nameLabel: { en: 'Image {n} is a', zh: '第 {n} 张图像是' },
  nameImage: { en: 'Test image {n} to name', zh: '待识别的测试图像 {n}' },
  nameMissing: { en: 'Image {n} has no class yet.', zh: '第 {n} 张图像还没有选择类别。' },
  nameWrong: { en: 'Not quite: this is a {answer}.', zh: '不太对：这是{answer}。' },
  nameScore: {
    en: 'You named {correct} of {total} correctly. Even people mix up shirts, pullovers and coats at 28 × 28 pixels — so will the network.',
    zh: '你答对了 {total} 张中的 {correct} 张。在 28 × 28 像素下，连人都会混淆衬衫、套头衫和外套——网络也会。',
  },
  chooseClass: { en: 'Choose a class…', zh: '选择一个类别……' },
} satisfies Readonly<Record<string, Entry>>;
