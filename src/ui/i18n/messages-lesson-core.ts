// Messages of the lesson (lessonCore namespace), English and 简体中文 side by side; merged into the
// one message table in messages.ts. The lesson frame (step list, progress, Back/Next, reset,
// quick mode), the step titles, and steps 1, 3, 4 and 11.
import type { Entry } from './messages';

export const lessonCore = {
  // ---- the lesson frame ----
  navLesson: { en: 'Lesson', zh: '课程' },
  stepsLabel: { en: 'Lesson steps', zh: '课程步骤' },
  stepStateDone: { en: '(done)', zh: '（已完成）' },
  stepStateLocked: { en: '(locked)', zh: '（未解锁）' },
  progress: { en: '{done} of {total} steps done', zh: '已完成 {done}/{total} 步' },
  points: { en: 'Points: {points}', zh: '积分：{points}' },
  stepHeading: { en: 'Step {n} of {total}: {title}', zh: '第 {n} 步（共 {total} 步）：{title}' },
  back: { en: 'Back', zh: '上一步' },
  next: { en: 'Next', zh: '下一步' },
  nextLocked: { en: 'Finish this step’s check to unlock the next step.', zh: '完成本步的练习后即可解锁下一步。' },
  lastStep: { en: 'This is the last step of the lesson.', zh: '这是课程的最后一步。' },
  stepDone: { en: 'Step done: {points} points. The next step is unlocked.', zh: '本步完成：获得 {points} 分。下一步已解锁。' },
  lessonDone: { en: 'Lesson complete: {points} points in all. Well done!', zh: '课程完成：共获得 {points} 分。做得好！' },
  stepFailed: { en: 'This step could not start: {detail}', zh: '本步无法启动：{detail}' },
  quickMode: { en: 'Quick mode: train on a subset', zh: '快速模式：只用部分数据训练' },
  quickModeHint: {
    en: 'Each training step then takes seconds. Turn it off to train on all 54,000 training images (slower, a little more accurate).',
    zh: '这样每个训练步骤只需几秒钟。关闭后会用全部 54,000 张训练图像训练（更慢，准确率略高）。',
  },
  reset: { en: 'Reset lesson', zh: '重置课程' },
  resetTitle: { en: 'Reset the lesson?', zh: '要重置课程吗？' },
  resetBody: {
    en: 'This deletes your progress, points, answers and trained networks in this browser. It cannot be undone.',
    zh: '这会删除本浏览器中保存的进度、积分、答案和训练好的网络，且无法恢复。',
  },
  resetConfirm: { en: 'Yes, reset', zh: '确定重置' },
  resetCancel: { en: 'Cancel', zh: '取消' },
  resetDone: { en: 'The lesson was reset. You are back at step 1.', zh: '课程已重置，你回到了第 1 步。' },
  teacherMode: { en: 'Teacher mode: every step is unlocked.', zh: '教师模式：所有步骤均已解锁。' },

  // ---- common to the checks ----
  check: { en: 'Check', zh: '检查' },
  checkAnswers: { en: 'Check my answers', zh: '检查我的答案' },
  feedbackRight: { en: 'Right: {answer}.', zh: '正确：{answer}。' },
  feedbackWrong: { en: 'Not quite: the answer is {answer}.', zh: '不太对：正确答案是 {answer}。' },
  enterNumbers: { en: 'Please enter a whole number in every field.', zh: '请在每一栏中填写一个整数。' },
  chooseClass: { en: 'Choose a class…', zh: '选择一个类别……' },
  play: { en: 'Play', zh: '播放' },
  pause: { en: 'Pause', zh: '暂停' },

  // ---- step titles ----
  titleData: { en: 'Meet the data', zh: '认识数据' },
  titleConvolution: { en: 'What a convolution does', zh: '卷积做了什么' },
  titleDenseVsConv: { en: 'Why not dense?', zh: '为什么不用全连接层？' },
  titleFirstNetwork: { en: 'Build the first network', zh: '搭建第一个网络' },
  titleTrain: { en: 'Train it', zh: '训练它' },
  titleErrors: { en: 'Where it goes wrong', zh: '哪里出错了' },
  titleInside: { en: 'Look inside', zh: '看看网络内部' },
  titleWeights: { en: 'Edit the weights', zh: '修改权重' },
  titleChannelMax: { en: 'A custom layer: channel max-pooling', zh: '自定义层：通道最大池化' },
  titleCompare: { en: 'Compare architectures', zh: '比较网络结构' },
  titleQuiz: { en: 'Wrap-up quiz', zh: '总结测验' },

  // ---- step 1: meet the data ----
  dataIntro: {
    en: 'Fashion-MNIST: 70,000 grayscale photos of clothing, 28 × 28 pixels each, in 10 classes. A network learns only from examples, so first look at what it will see.',
    zh: 'Fashion-MNIST：70,000 张服装的灰度照片，每张 28 × 28 像素，分为 10 个类别。网络只能从样本中学习，所以先来看看它将看到什么。',
  },
  dataClassesHeading: { en: 'The ten classes', zh: '十个类别' },
  dataClassesIntro: {
    en: 'The first training images of each class, one row per class (up to {perClass} per row), with the number of training images the class has.',
    zh: '每个类别的前几张训练图像，每行一个类别（每行最多 {perClass} 张），并注明该类别共有多少张训练图像。',
  },
  dataClassesListLabel: { en: 'The classes, one per row of images', zh: '各类别（每行图像对应一个类别）' },
  dataClassCount: { en: '{count} images', zh: '{count} 张' },
  dataGalleryCanvas: {
    en: 'Ten rows of grayscale clothing photos, {perClass} per class; the class of each row is named in the list beside it.',
    zh: '十行灰度服装照片，每个类别 {perClass} 张；每一行的类别名称列在它旁边的列表中。',
  },
  dataSplitHeading: { en: 'Training, validation and test images', zh: '训练集、验证集和测试集' },
  dataSplitIntro: {
    en: 'The 60,000 training images teach the network. Keras’ fit(validation_split=0.1) holds back the last 10 % of them as validation images: the network never trains on them; after each epoch they show whether it does well on images it has not learned from. The 10,000 test images are a separate set, used once at the end to score the finished network.',
    zh: '60,000 张训练图像用来教网络。Keras 的 fit(validation_split=0.1) 会把其中最后 10% 留作验证图像：网络从不在这些图像上训练；每轮结束后，用它们检验网络在没学过的图像上表现如何。10,000 张测试图像是单独的一组，只在最后用一次，为训练好的网络打分。',
  },
  dataSplitCaption: { en: 'How the 70,000 images are used (counted from the loaded data)', zh: '70,000 张图像的用途（根据已加载的数据统计）' },
  dataColumnSet: { en: 'Set', zh: '数据集' },
  dataColumnImages: { en: 'Images', zh: '图像数' },
  dataColumnShare: { en: 'Share', zh: '占比' },
  dataColumnUse: { en: 'Used for', zh: '用途' },
  dataSetTrain: { en: 'Training', zh: '训练集' },
  dataSetValidation: { en: 'Validation', zh: '验证集' },
  dataSetTest: { en: 'Test', zh: '测试集' },
  dataUseTrain: {
    en: 'Images {first}–{last} of the training file: the network learns from these.',
    zh: '训练文件中的第 {first}–{last} 张图像：网络从这些图像中学习。',
  },
  dataUseValidation: {
    en: 'Images {first}–{last}, the last 10 % of the training file: checked after every epoch, never trained on.',
    zh: '第 {first}–{last} 张图像，即训练文件的最后 10%：每轮结束后用来检验，从不用于训练。',
  },
  dataUseTest: { en: 'The separate test file: scored once, at the end.', zh: '单独的测试文件：只在最后评分一次。' },
  dataNamingHeading: { en: 'Your turn: name five test images', zh: '轮到你了：说出五张测试图像的类别' },
  dataNamingIntro: {
    en: 'Which class is each of these {count} test images? Choose a class for each, then check your answers.',
    zh: '这 {count} 张测试图像分别属于哪个类别？为每张图像选择一个类别，然后检查答案。',
  },
  dataNameLabel: { en: 'Image {n} is a', zh: '第 {n} 张图像是' },
  dataNameImage: { en: 'Test image {n} to name', zh: '待识别的测试图像 {n}' },
  dataNameMissing: { en: 'Image {n} has no class yet.', zh: '第 {n} 张图像还没有选择类别。' },
  dataNameWrong: { en: 'Not quite: this is a {answer}.', zh: '不太对：这是{answer}。' },
  dataNameScore: {
    en: 'You named {correct} of {total} correctly. Even people mix up shirts, pullovers and coats at 28 × 28 pixels — so will the network.',
    zh: '你答对了 {total} 张中的 {correct} 张。在 28 × 28 像素下，连人都会混淆衬衫、套头衫和外套——网络也会。',
  },

  // ---- step 3: why not dense? ----
  dvcIntro: {
    en: 'Why not connect every pixel straight to the 10 classes with a dense layer? Compare the weights each way needs. On both sides the yellow frame is a 1 × 3 window moving over the same image.',
    zh: '为什么不直接用全连接（Dense）层把每个像素连到 10 个类别？比较一下两种做法各需要多少权重。两边的黄色方框都是在同一张图像上移动的 1 × 3 窗口。',
  },
  dvcDenseHeading: { en: 'Dense layer', zh: '全连接层' },
  dvcDenseText: {
    en: 'Each of the {units} units has its own weight for every one of the {side} × {side} pixels. Wherever the window goes, it meets three different weights (the colour wash shows them).',
    zh: '{units} 个单元中的每一个，都为 {side} × {side} 个像素中的每个像素配一个自己的权重。窗口移到哪里，遇到的都是三个不同的权重（彩色底纹表示它们）。',
  },
  dvcConvHeading: { en: 'Convolution with 1 × 3 filters', zh: '使用 1 × 3 滤波器的卷积' },
  dvcConvText: {
    en: 'A filter has only {kh} × {kw} weights: w1, w2 and w3. The same three weights multiply the three pixels under the window at every one of its {positions} positions: weight sharing.',
    zh: '一个滤波器只有 {kh} × {kw} 个权重：w1、w2 和 w3。窗口在全部 {positions} 个位置上，都用这同样的三个权重去乘窗口下的三个像素：这就是权重共享。',
  },
  dvcWeightName: { en: 'w{n}', zh: 'w{n}' },
  dvcControls: { en: 'Window animation', zh: '窗口动画' },
  dvcPrev: { en: 'Previous position', zh: '上一个位置' },
  dvcNext: { en: 'Next position', zh: '下一个位置' },
  dvcPosition: { en: 'Window position', zh: '窗口位置' },
  dvcPositionValue: { en: 'position {n} of {total}: row {row}, columns {first}–{last}', zh: '第 {n} 个位置（共 {total} 个）：第 {row} 行，第 {first}–{last} 列' },
  dvcWhere: {
    en: 'Window at row {row}, columns {first}–{last} (position {n} of {total}). Right: the same weights w1, w2, w3 as everywhere. Left: three weights that belong to these three pixels only.',
    zh: '窗口位于第 {row} 行、第 {first}–{last} 列（第 {n} 个位置，共 {total} 个）。右边：与其他位置相同的权重 w1、w2、w3。左边：只属于这三个像素的三个权重。',
  },
  dvcCanvas: {
    en: 'The same clothing image twice with a 1 × 3 window on it: on the left for a dense layer, with a different weight colour under every pixel; on the right for the convolution, whose window always carries the same three weight colours.',
    zh: '同一张服装图像显示两次，上面各有一个 1 × 3 窗口：左边表示全连接层，每个像素下都有不同颜色的权重；右边表示卷积，窗口始终带着同样的三种权重颜色。',
  },
  dvcCheckHeading: { en: 'Count the weights', zh: '数一数权重' },
  dvcCheckIntro: { en: 'Leaving the biases aside, how many weights does each way need?', zh: '先不算偏置，两种做法各需要多少个权重？' },
  dvcDenseQuestion: { en: 'Dense layer, {side} × {side} pixels → {units} units:', zh: '全连接层，{side} × {side} 个像素 → {units} 个单元：' },
  dvcConvQuestion: { en: 'Convolution, {filters} filters of {kh} × {kw}:', zh: '卷积层，{filters} 个 {kh} × {kw} 的滤波器：' },
  dvcDenseAnswer: { en: '{inputs} × {units} = {denseWeights}', zh: '{inputs} × {units} = {denseWeights}' },
  dvcConvAnswer: { en: '{filters} × {kh} × {kw} = {convWeights}', zh: '{filters} × {kh} × {kw} = {convWeights}' },
  dvcRatio: {
    en: 'The convolution needs {ratio} times fewer weights — and the same filter finds a pattern anywhere in the image.',
    zh: '卷积所需的权重只有全连接层的 1/{ratio}——而且同一个滤波器能在图像的任何位置找到同一种图案。',
  },
  dvcTableCaption: { en: 'Parameters of the two layers (as Keras counts them)', zh: '两种层的参数（按 Keras 的计数方式）' },
  dvcColumnLayer: { en: 'Layer', zh: '层' },
  dvcColumnWeights: { en: 'Weights', zh: '权重' },
  dvcColumnBiases: { en: 'Biases', zh: '偏置' },
  dvcColumnTotal: { en: 'Total', zh: '合计' },
  dvcDenseRow: { en: 'Dense, {inputs} → {units}', zh: '全连接层，{inputs} → {units}' },
  dvcConvRow: { en: 'Conv2D, {filters} × {kh} × {kw}', zh: '卷积层，{filters} × {kh} × {kw}' },

  // ---- step 4: build the first network ----
  fnIntro: {
    en: 'The tutorial’s first network has three layers: a Conv2D layer with 5 filters of 1 × 3 (stride 1, no padding, ReLU); a Flatten layer that lays the 5 feature maps out in one long row; and a Dense softmax layer that turns that row into 10 class probabilities.',
    zh: '教程中的第一个网络有三层：一个卷积层（Conv2D），有 5 个 1 × 3 的滤波器（步长 1，无填充，ReLU）；一个展平层（Flatten），把 5 张特征图排成一长行；以及一个 softmax 全连接层（Dense），把这一行变成 10 个类别的概率。',
  },
  fnCodeHeading: { en: 'The Keras code', zh: 'Keras 代码' },
  fnCheckHeading: { en: 'Predict before you look', zh: '先预测，再揭晓' },
  fnCheckIntro: {
    en: 'Work out the conv layer’s output shape and the network’s number of parameters, then reveal Keras’ summary.',
    zh: '算出卷积层的输出形状和整个网络的参数个数，然后揭晓 Keras 的模型摘要。',
  },
  fnShapeLegend: { en: 'Output shape of the Conv2D layer', zh: '卷积层的输出形状' },
  fnHeight: { en: 'Height', zh: '高' },
  fnWidth: { en: 'Width', zh: '宽' },
  fnChannels: { en: 'Channels (filters)', zh: '通道数（滤波器个数）' },
  fnParamsLabel: { en: 'Total parameters (weights and biases)', zh: '参数总数（权重和偏置）' },
  fnHint: {
    en: 'Hint: without padding, a window 3 pixels wide cannot be centred on the first or last column. Every filter has one bias; the Dense layer has one weight per input and class, plus one bias per class.',
    zh: '提示：没有填充时，3 像素宽的窗口无法以第一列或最后一列为中心。每个滤波器有一个偏置；全连接层对每个输入和每个类别各有一个权重，另外每个类别有一个偏置。',
  },
  fnReveal: { en: 'Check and reveal', zh: '检查并揭晓' },
  fnShapeValue: { en: '{height} × {width} × {channels}', zh: '{height} × {width} × {channels}' },
  fnRevealed: { en: 'Here is Keras’ summary: {total} parameters in all.', zh: '下面是 Keras 的模型摘要：共 {total} 个参数。' },
  fnSummaryHeading: { en: 'model.summary()', zh: 'model.summary() 的输出' },
  fnArithmeticHeading: { en: 'Where the numbers come from', zh: '这些数字是怎么来的' },
  fnConvParams: {
    en: 'Conv2D: {filters} filters × ({kh} × {kw} × {channels} weights + 1 bias) = {count} parameters.',
    zh: '卷积层：{filters} 个滤波器 ×（{kh} × {kw} × {channels} 个权重 + 1 个偏置）= {count} 个参数。',
  },
  fnFlattenShape: {
    en: 'Flatten: {height} × {width} × {channels} = {count} values in one row (no parameters).',
    zh: '展平层：{height} × {width} × {channels} = {count} 个数排成一行（没有参数）。',
  },
  fnDenseParams: {
    en: 'Dense: {inputs} inputs × {units} units + {units} biases = {count} parameters.',
    zh: '全连接层：{inputs} 个输入 × {units} 个单元 + {units} 个偏置 = {count} 个参数。',
  },
  fnTotalParams: { en: 'Total: {conv} + {dense} = {total}.', zh: '合计：{conv} + {dense} = {total}。' },
  fnDiagramHeading: { en: 'Layer diagram', zh: '网络结构图' },
  fnDiagramIntro: {
    en: 'Like Keras’ plot_model(show_shapes=True): each box is a layer with the shape it receives and the shape it passes on (None stands for the batch size).',
    zh: '类似 Keras 的 plot_model(show_shapes=True)：每个方框是一层，标出它接收的形状和输出的形状（None 代表批大小）。',
  },
  fnInput: { en: 'Input', zh: '输入' },
  fnOutput: { en: 'Output', zh: '输出' },
  fnParams: { en: 'Parameters', zh: '参数' },

  // ---- step 11: wrap-up quiz ----
  quizIntro: {
    en: '{count} questions to finish the lesson: four about shapes and parameter counts, and one about your own network.',
    zh: '用 {count} 道题结束本课程：四道关于形状和参数个数，一道关于你自己训练的网络。',
  },
  quizHeading: { en: 'Questions', zh: '题目' },
  quizQuestion: { en: 'Question {n}: {question}', zh: '第 {n} 题：{question}' },
  quizQuestionShort: { en: 'Question {n}:', zh: '第 {n} 题：' },
  quizConvOutput: {
    en: 'A Conv2D layer with {filters} filters of {k} × {k}, stride {s} and padding ‘valid’ gets a {n} × {n} × 1 image. What is its output shape?',
    zh: '一个卷积层有 {filters} 个 {k} × {k} 的滤波器，步长为 {s}，填充方式为“valid”，输入是一张 {n} × {n} × 1 的图像。它的输出形状是什么？',
  },
  quizConvOutputWhy: {
    en: 'Each side: ⌊({n} − {k}) ÷ {s}⌋ + 1 = {out}; the depth is the number of filters, {filters}.',
    zh: '每条边：⌊({n} − {k}) ÷ {s}⌋ + 1 = {out}；深度等于滤波器个数 {filters}。',
  },
  quizPoolOutput: {
    en: 'A Conv2D layer with {filters} filters of {k} × {k}, stride 1 and padding ‘same’ is followed by 2 × 2 max-pooling. The input is {n} × {n} × 1. What shape leaves the pooling layer?',
    zh: '一个卷积层有 {filters} 个 {k} × {k} 的滤波器，步长为 1，填充方式为“same”，后面接一个 2 × 2 最大池化层。输入为 {n} × {n} × 1。池化层输出的形状是什么？',
  },
  quizPoolOutputWhy: {
    en: '‘Same’ padding keeps {n} × {n}; the 2 × 2 pool halves each side to {out}; pooling keeps the depth, {filters}.',
    zh: '“same”填充保持 {n} × {n}；2 × 2 池化把每条边减半为 {out}；池化不改变深度，仍为 {filters}。',
  },
  quizConvParams: {
    en: 'The notebook’s second Conv2D layer has {filters} filters of {kh} × {kw} and gets an input of {n} × {n} × {in} (the first layer’s {in} feature maps). How many parameters does it have?',
    zh: '笔记本中的第二个卷积层有 {filters} 个 {kh} × {kw} 的滤波器，输入为 {n} × {n} × {in}（第一层输出的 {in} 张特征图）。它有多少个参数？',
  },
  quizConvParamsWhy: {
    en: 'Each filter has {kh} × {kw} × {in} weights + 1 bias = {perFilter}; × {filters} filters = {total}.',
    zh: '每个滤波器有 {kh} × {kw} × {in} 个权重 + 1 个偏置 = {perFilter}；再乘以 {filters} 个滤波器 = {total}。',
  },
  quizDenseParams: {
    en: 'After the channel max-pool ({n} × {n} × 1) and Flatten, the notebook’s Dense layer maps {inputs} inputs to {units} classes. How many parameters does it have?',
    zh: '经过通道最大池化（{n} × {n} × 1）和展平之后，笔记本中的全连接层把 {inputs} 个输入映射到 {units} 个类别。它有多少个参数？',
  },
  quizDenseParamsWhy: {
    en: '{inputs} inputs × {units} units + {units} biases = {total}. Without the channel max-pool, all {channels} channels would make it about {channels} times larger.',
    zh: '{inputs} 个输入 × {units} 个单元 + {units} 个偏置 = {total}。如果没有通道最大池化，全部 {channels} 个通道会让它变大约 {channels} 倍。',
  },
  quizPredict: {
    en: 'Which class will YOUR first network (trained in step 5) predict for this test image? Not the true class: the network’s answer.',
    zh: '对于这张测试图像，你的第一个网络（第 5 步训练的）会预测哪个类别？不是真实类别，而是网络的回答。',
  },
  quizImageAlt: { en: 'Test image {index}', zh: '测试图像 {index}' },
  quizModelLoading: { en: 'Loading your network…', zh: '正在加载你的网络……' },
  quizModelReady: { en: 'Your trained network is loaded (test accuracy {accuracy}).', zh: '已加载你训练好的网络（测试准确率 {accuracy}）。' },
  quizModelQuick: { en: 'A quickly trained network (one epoch) is loaded.', zh: '已加载一个快速训练（一轮）的网络。' },
  quizModelUntrained: {
    en: 'You have not trained the first network yet (step 5). Train it quickly now to answer this question.',
    zh: '你还没有训练第一个网络（第 5 步）。现在快速训练一下，才能回答这道题。',
  },
  quizModelTraining: { en: 'Training the first network for one epoch…', zh: '正在把第一个网络训练一轮……' },
  quizModelFailed: { en: 'The network could not be loaded: {detail}', zh: '无法加载网络：{detail}' },
  quizTrainNow: { en: 'Train it now (quick)', zh: '现在训练（快速）' },
  quizWaitModel: { en: 'Please wait until the network for the last question is ready.', zh: '请等最后一题用到的网络准备好。' },
  quizMissing: { en: 'Question {n} has no answer yet.', zh: '第 {n} 题还没有作答。' },
  quizPredictWhy: {
    en: 'Your network predicted {predicted} ({confidence} sure); the true class is {label}.',
    zh: '你的网络预测为{predicted}（把握 {confidence}）；真实类别是{label}。',
  },
  quizResultsHeading: { en: 'Your result', zh: '你的成绩' },
  quizScore: {
    en: '{correct} of {total} right. Points from this quiz: {points}.',
    zh: '答对 {total} 题中的 {correct} 题。本测验得分：{points}。',
  },
  quizAgain: { en: 'Try again', zh: '再做一次' },
  quizFirstScore: {
    en: 'Your first attempt: {correct} of {total} right ({points} points). You can answer again for practice.',
    zh: '你第一次作答：{total} 题答对 {correct} 题（{points} 分）。可以再做一次练习。',
  },
} satisfies Readonly<Record<string, Entry>>;
